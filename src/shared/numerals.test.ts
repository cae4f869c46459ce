import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral, toHalfWidth } from './numerals.ts';

describe('Chinese numerals', () => {
  it('parses what reports, notices and headings write', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('三万五千')).toBe(35_000);
    expect(parseChineseNumeral('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('十百')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });

  it('writes the numerals of headings, and reads them back', () => {
    expect([1, 10, 12, 20, 23, 99].map(formatChineseNumeral)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '二十三',
      '九十九',
    ]);
    for (let n = 0; n < 100; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
    expect(formatChineseNumeral(100)).toBe('100');
  });

  it('reads full-width digits as ASCII, one character for one', () => {
    expect(toHalfWidth('２０２４年，达９８．５％')).toBe('2024年，达98.5%');
  });
});
