import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
beforeEach(async () => {
  desk = await makeDesk();
});
afterEach(() => desk.close());

describe('handover matters from the phone log', () => {
  it('hands over messages not yet called back and complaints not yet closed, overdue first', async () => {
    const host = (await desk.ok('staff.upsert', { name: '张伟', role: 'host' })).id;
    const msg = (summary: string, dueMin: number) =>
      desk.ok('calls.log', {
        callerName: '王先生', callerPhone: '0571-88886666', reason: 'message', summary,
        outcome: { kind: 'message', forStaffId: host, callbackDueAt: desk.clock() + dueMin * 60_000 },
      });
    const later = await msg('下午回电', 240);
    const soon = await msg('尽快回电', 10);
    await desk.ok('messages.deliver', { id: soon.messageId });
    const done = await msg('已处理', 60);
    await desk.ok('messages.callbackDone', { id: done.messageId });
    await desk.ok('calls.log', { callerName: '陈女士', callerPhone: '13600001111', reason: 'complaint', summary: '噪音扰民', outcome: { kind: 'answered' } });
    desk.clock.advance(20 * 60_000);

    const { matters } = await desk.ok('handover.draft');
    expect(matters.openMessages).toEqual([
      { key: `message:${soon.messageId}`, title: '王先生 0571-88886666 → 张伟', detail: '已转达，待回电：尽快回电', due: expect.any(Number), overdue: true },
      { key: `message:${later.messageId}`, title: '王先生 0571-88886666 → 张伟', detail: '未转达：下午回电', due: expect.any(Number), overdue: false },
    ]);
    expect(matters.openCases).toHaveLength(1);
    expect(matters.openCases[0].title).toMatch(/^HZ01-261123-A001 陈女士 \(王主管\)$/);
  });
});
