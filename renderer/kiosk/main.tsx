import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../styles/base.css';
import '../styles/kiosk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setClientApp } from '../api/client';
import '../i18n';
import { AppProviders } from '../components/AppProviders';
import { kioskTheme } from '../theme';
import { KioskApp } from './KioskApp';

setClientApp('kiosk');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders theme={kioskTheme}>
      <KioskApp />
    </AppProviders>
  </StrictMode>,
);
