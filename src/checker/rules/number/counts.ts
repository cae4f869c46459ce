// Counts and rates stated in prose, shared by the number rules.
import { clauseSpans } from '../text.ts';

export const COUNT_UNITS =
  '人次|件次|场次|户次|件|起|人|次|个|场|份|宗|家|项|户|名|批|例|条|处|台|辆|本|册|篇|期|所|支';

export interface Count {
  value: number;
  unit: string;
  start: number;
  end: number;
  /** The qualifier makes the count inexact (余, 多, 约, 近, 超过 …). */
  exact: boolean;
  /** Text of the clause up to the number, where the thing counted is named. */
  lead: string;
}

const COUNT_RE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s?(余|多)?\\s?(${COUNT_UNITS})`, 'gu');
const INEXACT_BEFORE = /(约|近|超过|逾|大约|将近|接近|不少于|至少|上百|上千)\s?$/;

/** Counts in `text` (one sentence), each with the lead text of its clause. */
export function countsIn(text: string): Count[] {
  const clauses = clauseSpans(text);
  const out: Count[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    const start = m.index ?? 0;
    // A count followed by 以上/左右 or preceded by 约/近 is a rounded figure.
    const tail = text.slice(start + m[0].length, start + m[0].length + 2);
    const clause = clauses.find((c) => c.start <= start && start < c.end);
    const lead = text.slice(clause ? clause.start : 0, start);
    const exact = !m[2] && !INEXACT_BEFORE.test(lead) && !/^(以上|左右|有余)/.test(tail);
    out.push({ value: Number(m[1]), unit: m[3], start, end: start + m[0].length, exact, lead });
  }
  return out;
}

export interface Rate {
  stem: string;
  value: number;
  decimals: number;
  /** 以上 / 左右 after the figure, 近 / 约 before it. */
  qualifier: 'exact' | 'over' | 'approx';
  start: number;
  end: number;
}

const RATE_RE =
  /(\p{Script=Han}{1,6}?)率\s?(?:均|都|已|也)?(?:达到了|达到|达|为|是|高达|实现|保持在|保持|提高到|提升至|提升到)?\s?(近|约|接近)?\s?(\d+(?:\.\d+)?)\s?[%％](以上|左右)?/gu;

/** Rates stated as percentages: 成功率97%, 办结率达100%, 合格率达98%以上. */
export function ratesIn(text: string): Rate[] {
  const out: Rate[] = [];
  for (const m of text.matchAll(RATE_RE)) {
    const start = m.index ?? 0;
    const qualifier = m[4] === '以上' ? 'over' : m[4] === '左右' || m[2] ? 'approx' : 'exact';
    const decimals = m[3].includes('.') ? m[3].split('.')[1].length : 0;
    out.push({ stem: m[1], value: Number(m[3]), decimals, qualifier, start, end: start + m[0].length });
  }
  return out;
}
