import { z } from 'zod';

interface SettingSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.output<S>;
  /** site: synced to every desk of the site; device: this PC only (printers, displays). */
  scope: 'site' | 'device';
  /** Anyone at the desk may change it; otherwise a site rule (retention, due times, categories) is the supervisor's. */
  anyStaff?: boolean;
}

const spec = <S extends z.ZodType>(s: SettingSpec<S>) => s;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const printer = z.string().max(200);

/**
 * What the desk prints, each on the printer chosen for it on this PC: a desk often has an A4 laser,
 * an 80 mm thermal roll, a dot-matrix for carbon forms and a label printer for badges.
 */
export const PRINT_TARGETS = ['badge', 'parcel', 'slip-a4', 'slip-a5', 'slip-thermal80', 'slip-dotmatrix', 'report'] as const;
export type PrintTarget = (typeof PRINT_TARGETS)[number];
const printerSpecs = Object.fromEntries(PRINT_TARGETS.map((t) => [`printer.${t}`, spec({ schema: printer, default: '', scope: 'device' })])) as Record<
  `printer.${PrintTarget}`,
  SettingSpec<typeof printer>
>;

/** Every setting the desk knows. Each domain adds its keys here. */
export const settingSpecs = {
  locale: spec({ schema: z.enum(['zh-CN', 'en']), default: 'zh-CN' as 'zh-CN' | 'en', scope: 'site', anyStaff: true }),
  siteName: spec({ schema: z.string().trim().min(1).max(50), default: '前台', scope: 'site' }),
  /** Visitors still on site after this time are flagged. */
  closingTime: spec({ schema: time, default: '18:00', scope: 'site' }),
  /** Days personal data of visitors is kept before the purge. */
  retentionDays: spec({ schema: z.number().int().min(1).max(3650), default: 90, scope: 'site' }),
  /** Printer per print target on this PC ('' = system default). */
  ...printerSpecs,
  /** Repair categories offered on a new work order (报修类别). */
  'workOrders.categories': spec({
    schema: z.array(z.string().trim().min(1).max(10)).min(1).max(30),
    default: ['水', '电', '门窗', '管道', '公共设施', '其他'] as string[],
    scope: 'site',
  }),
  /** Minutes after dispatch (or after the appointment) when the desk phones to check the worker arrived. */
  'workOrders.arrivalCheckMinutes': spec({ schema: z.number().int().min(5).max(480), default: 30, scope: 'site' }),
  /** The dispatch-slip template this PC prints by default. */
  'workOrders.slipTemplate': spec({
    schema: z.enum(['a4', 'a5', 'thermal80', 'dotmatrix']),
    default: 'a4' as 'a4' | 'a5' | 'thermal80' | 'dotmatrix',
    scope: 'device',
  }),
  /** The handover's count: items and how many the desk should hold. */
  'handover.inventory': spec({
    schema: z.array(z.object({ item: z.string().trim().min(1).max(30), expected: z.number().int().min(0).max(9999) })).max(50),
    default: [
      { item: '访客证', expected: 50 },
      { item: '公共钥匙', expected: 30 },
      { item: '雨伞', expected: 10 },
      { item: '对讲机', expected: 4 },
    ],
    scope: 'site',
  }),
  /** Which display shows the kiosk window (Electron); -1 = no kiosk window. */
  kioskDisplay: spec({ schema: z.number().int().min(-1).max(16), default: -1, scope: 'device' }),
  /** A message's callback is promised within this many hours unless the desk says otherwise. */
  'calls.callbackHours': spec({ schema: z.number().min(0.25).max(72), default: 2, scope: 'site' }),
  /** Messages and cases due within this many minutes show amber. */
  'calls.dueSoonMinutes': spec({ schema: z.number().int().min(5).max(240), default: 30, scope: 'site' }),
  /** A complaint case is due this many hours after it was opened, then escalated. */
  'cases.dueHours': spec({ schema: z.number().int().min(1).max(720), default: 24, scope: 'site' }),
  /** A parcel waiting this many days gets a second reminder to its recipient. */
  'parcels.remindDays': spec({ schema: z.number().int().min(1).max(30), default: 3, scope: 'site' }),
  /** A parcel waiting this many days is due to go back to the courier. */
  'parcels.returnDays': spec({ schema: z.number().int().min(1).max(60), default: 7, scope: 'site' }),
  /** What the desk lends besides keys (keys are always there): id and label of each kind. */
  'lending.kinds': spec({
    schema: z
      .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/), label: z.string().trim().min(1).max(10) }))
      .max(20),
    default: [
      { id: 'umbrella', label: '雨伞' },
      { id: 'trolley', label: '手推车' },
      { id: 'tool', label: '工具' },
    ],
    scope: 'site',
  }),
} satisfies Record<string, SettingSpec>;

/** Who may change a setting: this PC's own (printers, display) and the language, anyone; a site rule, the supervisor. */
export const supervisorOnly = (key: SettingKey): boolean => {
  const s: SettingSpec = settingSpecs[key];
  return s.scope === 'site' && !s.anyStaff;
};

export type SettingKey = keyof typeof settingSpecs;
export type SettingValues = { [K in SettingKey]: z.output<(typeof settingSpecs)[K]['schema']> };
export const SETTING_KEYS = Object.keys(settingSpecs) as SettingKey[];
