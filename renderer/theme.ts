import type { ThemeConfig } from 'antd';

// The bundled font first, so every PC (and every print) shows the same glyphs.
export const FONT_FAMILY =
  "'Noto Sans SC', -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

const token = {
  colorPrimary: '#2359d1',
  colorInfo: '#2359d1',
  // Hover and press go darker, not lighter, so white button text keeps its contrast.
  colorPrimaryHover: '#1d4cb8',
  colorPrimaryActive: '#193f9a',
  colorSuccess: '#1f8a4c',
  colorWarning: '#b7791f',
  colorError: '#c5302c',
  colorTextBase: '#1c2433',
  colorBgLayout: '#f3f5f9',
  // antd derives these from alpha blends that fall under WCAG AA contrast; give them solid greys.
  colorTextSecondary: '#4a5263',
  colorTextTertiary: '#5b6474',
  colorTextDescription: '#5b6474',
  // Select and input placeholders are read as hints on the form; antd's default grey fails AA on white.
  colorTextPlaceholder: '#5b6474',
  borderRadius: 8,
  fontFamily: FONT_FAMILY,
  wireframe: false,
};

/** Desk: calm, dense enough for 1366x768, clear hierarchy. */
export const deskTheme: ThemeConfig = {
  token: { ...token, fontSize: 14, controlHeight: 34 },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#ffffff', bodyBg: '#f3f5f9', footerBg: '#ffffff' },
    Menu: { itemBorderRadius: 8, itemHeight: 42, itemMarginInline: 8, itemSelectedBg: '#e8effc' },
    // An empty table's "nothing here" line is read, not disabled: antd's disabled grey fails AA.
    Table: { headerBg: '#f7f8fb', cellPaddingBlock: 10, colorTextDisabled: '#5b6474' },
    Card: { paddingLG: 20 },
  },
};

/** Kiosk: the same palette at touch size (targets >= 64 px, text >= 24 px). */
export const kioskTheme: ThemeConfig = {
  token: { ...token, fontSize: 24, controlHeight: 64, controlHeightLG: 80, borderRadius: 16 },
};
