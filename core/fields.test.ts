import { describe, expect, it } from 'vitest';
import { isCleanText, longText, text } from './fields';

describe('isCleanText', () => {
  it('keeps ordinary Chinese and ASCII text', () => {
    expect(isCleanText('王先生 3栋2单元 1201')).toBe(true);
    expect(isCleanText('第一行\n第二行\t完', true)).toBe(true);
    // A character outside the BMP written as a proper surrogate pair is one code point, not a lone half.
    expect(isCleanText('𠮷野家')).toBe(true);
  });

  it('refuses lone surrogates, high or low, anywhere in the text', () => {
    for (const s of ['\ud800', 'a\udbff', '\udc00b', '王\udfff先生', '\ude00\ud83d']) {
      expect(isCleanText(s), JSON.stringify(s)).toBe(false);
      expect(isCleanText(s, true), JSON.stringify(s)).toBe(false);
    }
  });

  it('refuses control characters and line breaks in single-line fields', () => {
    expect(isCleanText('a\u0000b')).toBe(false);
    expect(isCleanText('a\u202eb')).toBe(false);
    expect(isCleanText('a\nb')).toBe(false);
  });

  it('turns a lone surrogate into the control_chars issue in the zod fields', () => {
    const a = text(20).safeParse('张\ud83d');
    expect(a.success).toBe(false);
    expect(a.error?.issues[0]?.message).toBe('issue.control_chars');
    expect(longText(200).safeParse('报修\n\udc00').success).toBe(false);
  });
});
