// Parsing of the numbers township reports write: Arabic digits (with thousands separators,
// decimals and a 万/千/亿 multiplier: "1.2万"), Chinese numerals ("两", "十二", "一百二十",
// "三万五千", digit-by-digit "二〇"), and the vague round figures "上百", "近千", "万余".

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Value of a Chinese numeral string, or null when it is not a well-formed numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  for (const ch of text) if (!(ch in DIGITS || ch in SMALL_UNITS || ch in BIG_UNITS)) return null;
  // Digit-by-digit form ("二〇二四", "一二"): no magnitude characters at all.
  if ([...text].every((ch) => ch in DIGITS)) {
    if (text.length === 1) return DIGITS[text];
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // the group under 万
  let digit: number | null = null;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastBig = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && DIGITS[ch] !== 0 && digit !== 0) return null; // "三四" inside a numeral
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      if (unit >= lastSmall) return null; // "十百"
      section += (digit ?? 1) * unit; // "十二": an implicit 一
      digit = null;
      lastSmall = unit;
    } else {
      const unit = BIG_UNITS[ch];
      if (unit >= lastBig) return null;
      section += digit ?? 0;
      if (section === 0) return null; // "万" alone is not a count
      total += section * unit;
      section = 0;
      digit = null;
      lastSmall = Number.POSITIVE_INFINITY;
      lastBig = unit;
    }
  }
  if (digit !== null) {
    // "一百二" is colloquial for 120, "三万五" for 35000: a trailing digit scales one step down.
    const scale =
      lastSmall !== Number.POSITIVE_INFINITY
        ? lastSmall / 10
        : lastBig !== Number.POSITIVE_INFINITY
          ? lastBig / 10
          : 1;
    const previous = text[text.length - 2];
    section += previous && previous in DIGITS ? digit : digit * Math.max(scale, 1);
  }
  return total + section;
}

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

/** Replaces full-width digits and ％ by ASCII, keeping every offset (one char for one char). */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９％．]/g, (ch) => {
    if (ch === '％') return '%';
    if (ch === '．') return '.';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
