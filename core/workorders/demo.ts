// Demo data: a month of repairs at a residential estate, each taken through the real service steps
// on a simulated clock. An order whose next step would fall after "now" stops there, so the
// recent days hold orders in every status (new, dispatched, on site, awaiting callback, rework).
import { siteTimeZone } from '../../db/numbers';
import type { DemoSeeder } from '../demo';
import { dayRange, localDay } from './day';
import {
  appendStep,
  createWorkOrder,
  dispatchWorkOrder,
  printWorkOrder,
  returnSlip,
  reworkWorkOrder,
  type WriteCtx,
} from './service';
import type { CreateInput } from './schemas';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const PROBLEMS: Record<string, string[]> = {
  水: ['厨房水龙头关不紧，一直滴水', '卫生间地漏返水，有异味', '热水器进水阀漏水，地面有积水', '洗手盆下水管接头渗水'],
  电: ['客厅插座没电', '卫生间浴霸不亮，开关没反应', '入户空气开关频繁跳闸', '厨房吸顶灯闪烁'],
  门窗: ['入户门锁芯卡住，钥匙转不动', '阳台推拉窗滑轮坏了，推不动', '卧室门合页松动，关不严', '纱窗破损需要更换'],
  管道: ['厨房下水道堵塞，水排不下去', '马桶堵塞', '楼上渗水到卫生间天花板，墙面发霉', '阳台雨水管漏水'],
  其他: ['客厅墙面空鼓开裂', '防盗网松动需要加固', '晾衣架摇杆断了'],
};
const PUBLIC: [string, string][] = [
  ['5栋电梯厅', '电梯按钮失灵，按了不亮'],
  ['地下车库 B2 区', '照明灯一排不亮'],
  ['小区东门', '道闸不抬杆，车辆排队'],
  ['3栋2单元楼道', '6 楼感应灯不亮'],
  ['中心花园', '喷泉水泵异响'],
  ['8栋大堂', '单元门禁刷卡无反应'],
];
const REPORTERS = ['陈先生', '王阿姨', '刘女士', '张先生', '李大爷', '赵女士', '黄先生', '周女士', '吴先生', '徐阿姨', '郭先生', '马女士'];
const RESULTS = ['更换配件，试用正常', '疏通完毕，排水通畅', '紧固调整后恢复正常', '更换开关面板，通电正常'];

/** Deterministic, so every demo desk looks the same. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

type Fate = 'normal' | 'fair' | 'unsatisfied' | 'awaiting-rework' | 'cancel-new' | 'cancel-dispatched' | 'no-callback' | 'slip-lost';

export const seedWorkOrdersDemo: DemoSeeder = (base) => {
  const db = base.db;
  const existing = db.sqlite.prepare('SELECT COUNT(*) AS n FROM work_orders').get() as { n: number };
  if (existing.n > 0) return;
  const workers = (db.sqlite.prepare("SELECT id FROM staff WHERE role = 'worker' AND deleted_at IS NULL").all() as { id: string }[]).map((w) => w.id);
  const desks = (db.sqlite.prepare("SELECT id FROM staff WHERE role IN ('reception', 'supervisor') AND deleted_at IS NULL").all() as { id: string }[]).map((s) => s.id);
  if (workers.length < 2 || desks.length === 0) return;

  const r = rng(20261123);
  const now = base.clock();
  const tz = siteTimeZone(db);
  let simNow = now;
  const ctx: WriteCtx = { db, audit: base.audit, locale: 'zh-CN', clock: () => simNow, staffId: desks[0] };
  /** Run a step at time `at` unless that is still in the future; false stops the order there. */
  const at = (t: number, fn: () => unknown): boolean => {
    if (t > now) return false;
    simNow = t;
    ctx.staffId = r.pick(desks);
    fn();
    return true;
  };

  const today = localDay(now, tz);
  const [todayStart] = dayRange(today, tz);
  // One outer transaction: each step is still its own mutate (own HLC), but the month commits once.
  db.sqlite.transaction(() => {
    for (let back = 30; back >= 0; back--) {
      const dayStart = todayStart - back * DAY;
      const count = back === 0 ? 14 : r.int(6, 11);
      for (let i = 0; i < count; i++) {
        // Today's orders are spread over the morning so that "now" catches them at every step.
        const t0 = back === 0 ? Math.min(now - r.int(5, 240) * MIN, dayStart + 8 * HOUR + i * 20 * MIN) : dayStart + r.int(8 * 60, 20 * 60) * MIN;
        if (t0 < dayStart) continue;
        // Yesterday's first order was called back unsatisfied and still waits for its rework.
        const f = back === 1 && i === 0 ? 'awaiting-rework' : back === 0 ? r.pick<Fate>(['normal', 'normal', 'unsatisfied', 'cancel-new', 'no-callback']) : fate();
        seedOne(t0, f);
      }
    }
  })();

  function fate(): Fate {
    const x = r.next();
    if (x < 0.62) return 'normal';
    if (x < 0.72) return 'fair';
    if (x < 0.82) return 'unsatisfied';
    if (x < 0.86) return 'cancel-new';
    if (x < 0.9) return 'cancel-dispatched';
    if (x < 0.94) return 'no-callback';
    return 'slip-lost';
  }

  function seedOne(t0: number, f: Fate) {
    let t = t0;
    let id = '';
    const isPublic = r.chance(0.2);
    const category = isPublic ? '公共设施' : r.pick(Object.keys(PROBLEMS));
    const [place, problem] = isPublic ? r.pick(PUBLIC) : [null, r.pick(PROBLEMS[category])];
    const input: CreateInput = {
      source: isPublic ? r.pick(['patrol', 'call'] as const) : r.pick(['call', 'call', 'call', 'walk-in', 'visit'] as const),
      reporterName: isPublic ? '巡查员 ' + r.pick(['小王', '小李']) : r.pick(REPORTERS),
      reporterPhone: `13${r.int(5, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
      ...(place ? { publicLocation: place } : { address: { building: `${r.int(1, 12)}栋`, unit: `${r.int(1, 3)}单元`, room: `${r.int(1, 18)}0${r.int(1, 4)}` } }),
      category,
      description: problem,
      priority: r.chance(0.15) ? 'urgent' : 'normal',
      ...(r.chance(0.2) ? { appointmentAt: t0 + r.int(2, 6) * HOUR } : {}),
    };
    at(t, () => (id = createWorkOrder(ctx, input).id));
    if (f === 'cancel-new') return void at((t += r.int(10, 60) * MIN), () => appendStep(ctx, id, 'cancelled', { reason: '业主来电取消，已自行处理' }));
    const worker = r.pick(workers);
    if (!at((t += r.int(3, 15) * MIN), () => dispatchWorkOrder(ctx, id, worker))) return;
    if (!at((t += MIN), () => printWorkOrder(ctx, id, 'a4'))) return;
    if (f === 'cancel-dispatched') return void at((t += r.int(10, 40) * MIN), () => appendStep(ctx, id, 'cancelled', { reason: '重复报修，已合并' }));
    if (!work(f === 'slip-lost')) return;
    if (f === 'no-callback') return;
    const unhappy = f === 'unsatisfied' || f === 'awaiting-rework';
    const satisfaction = unhappy ? 'unsatisfied' : f === 'fair' ? 'fair' : 'satisfied';
    const notes = unhappy ? '住户反映问题仍未解决' : '';
    if (!at((t += r.int(3, 9) * HOUR), () => appendStep(ctx, id, 'called_back', { satisfaction, ...(notes ? { notes } : {}) }))) return;
    if (f !== 'unsatisfied') return;
    const second = workers.find((w) => w !== worker)!;
    if (!at((t += r.int(5, 20) * MIN), () => reworkWorkOrder(ctx, id, '首次维修未彻底，安排值班维修工返工', second))) return;
    if (!at((t += MIN), () => printWorkOrder(ctx, id, 'a4'))) return;
    if (!work(false)) return;
    at((t += r.int(8, 20) * HOUR), () => appendStep(ctx, id, 'called_back', { satisfaction: 'satisfied' }));

    /** Arrival (usually confirmed by phone), completion, and the slip coming back. */
    function work(slipLost: boolean): boolean {
      if (r.chance(0.85) && !at((t += r.int(20, 50) * MIN), () => appendStep(ctx, id, 'arrived', {}))) return false;
      const returnedNow = !slipLost && r.chance(0.8);
      const done = at((t += r.int(40, 180) * MIN), () =>
        appendStep(ctx, id, 'completed', { result: r.pick(RESULTS), minutesSpent: r.int(20, 150), slipReturned: returnedNow, signedByResident: true }),
      );
      if (!done) return false;
      // Back within two hours: before the callback, which comes at least three hours later.
      if (!returnedNow && !slipLost) at(t + r.int(30, 120) * MIN, () => returnSlip(ctx, id));
      return true;
    }
  }
};
