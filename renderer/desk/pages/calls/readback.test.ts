import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { readBack } from './readback';

const t = i18n.getFixedT('zh-CN', 'calls');
const tEn = i18n.getFixedT('en', 'calls');

describe('the read-back line', () => {
  it('says who, which number, why and what happens next, in the order it is read to the caller', () => {
    const line = readBack(t, { callerName: '陈先生', callerCompany: '顺丰', callerPhone: '13900001111', reason: 'message', summary: '请回电', outcome: 'message', callbackHours: 4 }, '王主管', false);
    expect(line).toBe('陈先生（顺丰），来电号码 13900001111，留言：请回电，留言待转达 → 王主管，回电时限 4 小时内。');
  });

  it('is empty until something is typed, and says a connected transfer without a callback', () => {
    expect(readBack(t, {}, undefined, false)).toBe('');
    expect(readBack(tEn, { callerName: 'Li', outcome: 'transferred', connected: true }, 'Wang', true)).toBe('Li, Transferred → Wang.');
  });
});
