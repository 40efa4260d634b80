import { expect, test } from 'vitest';
import { matchesStaff } from './filterStaff';

const zhang = { name: '张三', pinyin: 'zs zhangsan' };

test('a name is found by its characters, its pinyin initials or the start of its full pinyin', () => {
  for (const q of ['张', '张三', 'zs', 'ZS', 'zhang', 'zhangsan', ' zh ', '']) expect(matchesStaff(zhang, q)).toBe(true);
  for (const q of ['李', 'sz', 'san', 'zx']) expect(matchesStaff(zhang, q)).toBe(false);
});
