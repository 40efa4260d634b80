import { beforeEach, describe, expect, it } from 'vitest';
import { callbackChoices, emptyCall, loadDraft, saveDraft, toLogInput, DRAFT_KEY } from './draft';

const NOW = Date.UTC(2026, 11, 6, 2, 30, 45);

describe('the call draft', () => {
  beforeEach(() => localStorage.clear());

  it('keeps what was typed across a reload, with the time the phone rang', () => {
    saveDraft({ ...emptyCall(NOW), callerPhone: '138', summary: '漏水' });
    expect(loadDraft()).toMatchObject({ callerPhone: '138', summary: '漏水', receivedAt: Date.UTC(2026, 11, 6, 2, 30) });
  });

  it('keeps nothing for an untouched form, and survives junk in storage', () => {
    saveDraft(emptyCall(NOW));
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    localStorage.setItem(DRAFT_KEY, '{not json');
    expect(loadDraft()).toBeNull();
  });

  it('turns a message into calls.log input with a callback due time from now', () => {
    const input = toLogInput({ ...emptyCall(NOW), callerName: ' 张三 ', callerPhone: '13800001111', reason: 'message', summary: '请回电', outcome: 'message', staffId: 's1', callbackHours: 4 }, NOW);
    expect(input).toMatchObject({ callerName: '张三', outcome: { kind: 'message', forStaffId: 's1', callbackDueAt: NOW + 4 * 3_600_000 } });
    expect(toLogInput({ ...emptyCall(NOW), outcome: 'transferred', staffId: 's1' }, NOW).outcome).toEqual({ kind: 'transferred', toStaffId: 's1', connected: true });
  });

  it("starts the callback limit at the site's setting, and offers it among the usual choices", () => {
    expect(emptyCall(NOW).callbackHours).toBe(2);
    expect(emptyCall(NOW, 3).callbackHours).toBe(3);
    expect(callbackChoices(3)).toEqual([1, 2, 3, 4, 8, 24]);
    expect(callbackChoices(4)).toEqual([1, 2, 4, 8, 24]);
  });
});
