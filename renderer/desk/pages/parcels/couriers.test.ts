import { expect, test } from 'vitest';
import { guessCourier } from './couriers';

test('a scanned number picks its courier when the shape is unmistakable, and nothing otherwise', () => {
  expect(guessCourier('SF1400123456789')).toBe('sf');
  expect(guessCourier('jd946091031422')).toBe('jd');
  expect(guessCourier('YT7512345678901')).toBe('yto');
  expect(guessCourier('4357400989183')).toBe('yunda');
  expect(guessCourier('75123456789012')).toBe('zto');
  expect(guessCourier('E174098908435')).toBe('ems');
  expect(guessCourier('ABC123')).toBeUndefined();
});
