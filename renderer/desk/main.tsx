import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../styles/base.css';
import '../styles/desk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n';
import { AppProviders } from '../components/AppProviders';
import { deskTheme } from '../theme';
import { DeskApp } from './DeskApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders theme={deskTheme}>
      <DeskApp />
    </AppProviders>
  </StrictMode>,
);
