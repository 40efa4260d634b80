import { calls } from './calls';
import { common } from './common';
import { handover } from './handover';
import { sync } from './sync';
import { workorders } from './workorders';

// Each domain adds its own messages file and one entry here.
const catalogues = [common, handover, calls, workorders, sync];

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const messages: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };
for (const cat of catalogues) {
  for (const locale of LOCALES) Object.assign(messages[locale], cat[locale]);
}
