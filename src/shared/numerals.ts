// Chinese numerals and full-width digits, once for server, web and checker: parsing what reports,
// notices and headings write ("十二", "一百零五", "三万五千", digit by digit "二〇二四", "两"), writing
// the numerals of headings (一, 十二, 二十三), and full-width digits read as ASCII.

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

const WRITTEN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The numeral of a heading or an ordinal, 0 … 99: 1 → 一, 12 → 十二, 20 → 二十, 23 → 二十三; other
 * numbers are written in Arabic digits.
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n <= 10) return WRITTEN[n];
  if (n < 20) return `十${WRITTEN[n - 10]}`;
  const ones = n % 10;
  return `${WRITTEN[Math.floor(n / 10)]}十${ones ? WRITTEN[ones] : ''}`;
}

/** Replaces full-width digits, ％ and ． by ASCII, keeping every offset (one char for one char). */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９％．]/g, (ch) => {
    if (ch === '％') return '%';
    if (ch === '．') return '.';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}
