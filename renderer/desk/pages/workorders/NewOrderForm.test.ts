import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { PREFILL_KEY, takePrefill, toInput, toValues } from './NewOrderForm';

describe('the prefill the calls page leaves', () => {
  test('fills one form only: read once, then gone', () => {
    sessionStorage.setItem(PREFILL_KEY, JSON.stringify({ source: 'call', sourceId: 'c1', reporterName: '周阿姨' }));
    expect(takePrefill()).toEqual({ source: 'call', sourceId: 'c1', reporterName: '周阿姨' });
    expect(sessionStorage.getItem(PREFILL_KEY)).toBeNull();
    expect(takePrefill()).toBeNull();
  });

  test('a broken or odd value is dropped instead of breaking the form', () => {
    for (const bad of ['{not json', '[1,2]', '"text"', 'null']) {
      sessionStorage.setItem(PREFILL_KEY, bad);
      expect(takePrefill()).toBeNull();
      expect(sessionStorage.getItem(PREFILL_KEY)).toBeNull();
    }
  });
});

describe('what the form sends', () => {
  const typed = {
    source: 'call' as const,
    reporterName: '刘先生',
    reporterPhone: '13700001111',
    category: '电',
    description: '客厅灯不亮',
    priority: 'urgent' as const,
  };

  test('a flat: building, and unit/room only when typed; the call it came from goes along', () => {
    const input = toInput({ ...typed, place: 'flat', address: { building: '5栋', unit: ' ', room: '302' } }, { sourceId: 'call-1' });
    expect(input).toMatchObject({ sourceId: 'call-1', address: { building: '5栋', room: '302' } });
    expect((input.address as { unit?: string }).unit).toBeUndefined();
    expect(input).not.toHaveProperty('publicLocation');
  });

  test('a common area sends its location and no flat; an appointment goes as epoch ms', () => {
    const at = dayjs('2026-12-06T15:30:00+08:00');
    const input = toInput({ ...typed, place: 'public', publicLocation: '3栋电梯厅', address: { building: '5栋' }, appointmentAt: at }, {});
    expect(input).toMatchObject({ publicLocation: '3栋电梯厅', appointmentAt: at.valueOf() });
    expect(input).not.toHaveProperty('address');
  });

  test('a prefilled common area opens the form on the common-area choice', () => {
    expect(toValues({ publicLocation: '地下车库' })).toMatchObject({ place: 'public', publicLocation: '地下车库' });
    expect(toValues({ address: { building: '1栋' } })).toMatchObject({ place: 'flat', address: { building: '1栋' } });
  });
});
