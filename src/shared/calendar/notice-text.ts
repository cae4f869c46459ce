// Small text helpers of the holiday-notice parser (notice.ts): line normalisation, parentheses
// shielded from clause splitting, counts written in Chinese, and dates.
import { parseChineseNumeral } from '../numerals.ts';
import { daysInMonth } from './dates.ts';
import type { IsoDate } from './types.ts';

/** Full-width digits and punctuation become half-width; spaces (also U+3000) go. */
export function normalise(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/[〔［]/g, '〔')
    .replace(/[〕］]/g, '〕')
    .replace(/，/g, ',')
    .replace(/：/g, ':')
    .replace(/；/g, ';')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s+/g, '');
}

/** Parentheses (weekdays, 农历 dates) are taken out as `(#k)` so their commas cannot split a clause. */
export function shield(body: string): { text: string; parens: string[] } {
  const parens: string[] = [];
  const text = body.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    parens.push(inner);
    return `(#${parens.length - 1})`;
  });
  return { text, parens };
}

export function chineseCount(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  return parseChineseNumeral(written) ?? Number.NaN;
}

export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
