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

/** Which part of a stored key ("zs zhangsan") a prefix range reads: the initials, or the full pinyin after them. */
export type PinyinPart = 'initials' | 'full';

/** Could the typed letters begin a full pinyin? A consonant (zh/ch/sh) then a vowel, or a vowel. "zs" cannot. */
const FULL_PINYIN_START = /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]/;

/**
 * The parts of the stored keys that typed latin letters ("zs", "zhang") may begin: always the initials,
 * and the full pinyin too when the letters can start one (a second range costs a seek, so "zs" skips it).
 */
export const latinPinyinParts = (latin: string): PinyinPart[] =>
  latin.length > 1 && FULL_PINYIN_START.test(latin) ? ['initials', 'full'] : ['initials'];

/**
 * The SQL for one part of a key column (`col` as written in the query, e.g. `"pinyin"` or `v."visitor_pinyin"`).
 * The full part is spelled exactly as the *_pinyin_full_idx expression indexes, or SQLite would not use them.
 */
export const pinyinPartSql = (col: string, part: PinyinPart) => (part === 'initials' ? col : `substr(${col}, instr(${col}, ' ') + 1)`);
