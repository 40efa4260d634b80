import { calls } from './calls';
import { common } from './common';
import { handover } from './handover';
import { parcels } from './parcels';
import { reports } from './reports';
import { sync } from './sync';
import { workorders } from './workorders';
import { visits } from './visits';

// Each domain adds its own messages file and one entry here.
const catalogues = [common, handover, calls, workorders, visits, parcels, reports, sync];

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const messages: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };
for (const cat of catalogues) {
  for (const locale of LOCALES) Object.assign(messages[locale], cat[locale]);
}
