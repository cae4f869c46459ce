// Parsing of the numbers township reports write: Arabic digits (with thousands separators,
// decimals and a 万/千/亿 multiplier: "1.2万"), Chinese numerals ("两", "十二", "一百二十",
// "三万五千", digit-by-digit "二〇"), and the vague round figures "上百", "近千", "万余".

import { parseChineseNumeral, toHalfWidth } from '../../shared/numerals.ts';

export { parseChineseNumeral, toHalfWidth };

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/**
 * Value of a number as written: "208", "38,650", "1.2万", "3千", "两", "一百二十", "1万2千".
 * Full-width digits are accepted. Returns null when the text is not a number.
 */
export function parseNumber(raw: string): number | null {
  const text = toHalfWidth(raw).replace(/\s+/g, '');
  if (!text) return null;
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([十百千万亿]*)$/.exec(text);
  if (arabic) {
    let value = Number(arabic[1].replaceAll(',', '') + (arabic[2] ? `.${arabic[2]}` : ''));
    for (const ch of arabic[3]) value *= MULTIPLIERS[ch];
    return round(value);
  }
  // "1万2千": Arabic digits inside a Chinese magnitude numeral.
  if (/^[\d十百千万亿零〇]+$/.test(text) && /\d/.test(text)) {
    const chinese = text.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);
    return parseChineseNumeral(chinese);
  }
  return parseChineseNumeral(text);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
