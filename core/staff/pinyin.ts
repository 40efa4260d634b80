import { pinyin } from 'pinyin-pro';

/**
 * Search keys for a Chinese name: initials and full pinyin, e.g. 张三 -> "zs zhangsan".
 * Stored beside the name so a look-up is a plain indexed LIKE, not a conversion per row.
 */
export function pinyinKeys(name: string): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const full = pinyin(name, { toneType: 'none', type: 'array' }).join('');
  return `${initials} ${full}`.toLowerCase().replace(/[^a-z0-9 ]/g, '');
}
