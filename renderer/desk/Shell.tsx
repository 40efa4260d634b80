import { useEffect } from 'react';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNav } from '../stores/nav';
import { useSession } from '../stores/session';
import { useStatus } from '../stores/status';
import { HOTKEYS, installHotkeys } from './hotkeys';
import { GlobalSearch } from './GlobalSearch';
import { KioskAlerts } from './KioskAlerts';
import { PendingBanner } from './PendingBanner';
import { sectionFor, sections } from './sections';
import { StatusBar } from './StatusBar';

const keyLabel = (section: string) => {
  const b = HOTKEYS.find((h) => h.section === section);
  return b ? `${b.ctrl ? 'Ctrl+' : ''}${b.key.toUpperCase()}` : null;
};

/** The signed-in desk: navigation on the left, the section in the middle, the status bar below. */
export function Shell() {
  const { t } = useTranslation();
  const section = sectionFor(useNav((s) => s.section));
  const go = useNav((s) => s.go);
  const siteName = useSession((s) => s.siteName);

  useEffect(() => useStatus.getState().watch(), []);
  useEffect(
    () =>
      installHotkeys((binding) => {
        if (binding.section) go(binding.section);
      }),
    [go],
  );

  const Page = section.component;
  return (
    <div className="desk">
      <div className="desk-body">
        <aside className="desk-sider">
          <div className="brand">
            <div className="brand-mark" aria-hidden>
              {t('app.name').slice(0, 1)}
            </div>
            <div className="brand-text">
              <div className="brand-name">{t('app.name')}</div>
              <div className="brand-site">{siteName || t('app.tagline')}</div>
            </div>
          </div>
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[section.key]}
              onClick={({ key }) => go(key)}
              items={sections.map((s) => ({
                key: s.key,
                icon: s.icon,
                label: (
                  <span className="nav-item">
                    <span>{t(s.labelKey)}</span>
                    {keyLabel(s.key) && <kbd>{keyLabel(s.key)}</kbd>}
                  </span>
                ),
              }))}
            />
          </nav>
        </aside>
        <main className="desk-main" aria-label={t(section.labelKey)}>
          <PendingBanner />
          <Page />
        </main>
      </div>
      <StatusBar />
      <KioskAlerts />
      <GlobalSearch />
    </div>
  );
}
