// i18next set-up for every page. Each domain adds `renderer/i18n/<domain>.ts` and one line in `domains`;
// its strings are then the namespace of that name (`useTranslation('visits')`).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { setApiLocale } from '../api/client';
import { calls } from './calls';
import { parcels } from './parcels';
import { handover } from './handover';
import { reports } from './reports';
import { shell } from './shell';
import { workorders } from './workorders';
import { visits } from './visits';
import { sync } from './sync';
import { LOCALES, type Locale } from './types';

export type { Locale } from './types';
export { LOCALES } from './types';

const domains = { shell, visits, parcels, calls, workorders, handover, reports, sync };

type Namespace = keyof typeof domains;
const resourcesFor = (locale: Locale) =>
  Object.fromEntries(Object.entries(domains).map(([ns, dict]) => [ns, dict[locale]])) as {
    [N in Namespace]: (typeof domains)[N][Locale];
  };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shell';
    resources: { [N in Namespace]: (typeof domains)[N]['zh-CN'] };
  }
}

export const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  defaultNS: 'shell',
  ns: Object.keys(domains),
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyLocale('zh-CN');

function applyLocale(locale: Locale) {
  setApiLocale(locale);
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
}

/** Switch the whole page (texts, antd, dates, the language the core answers in). */
export async function setLocale(locale: Locale): Promise<void> {
  applyLocale(locale);
  await i18n.changeLanguage(locale);
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'zh-CN');

export { i18n };
