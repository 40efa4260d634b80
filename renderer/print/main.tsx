import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale, setLocale } from '../i18n';
import { PrintPage } from './PrintPage';

// The desk opens a print view in its own language: `&lang=en`.
const lang = new URLSearchParams(location.search).get('lang');
if (isLocale(lang)) void setLocale(lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrintPage search={location.search} />
  </StrictMode>,
);
