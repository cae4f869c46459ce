// Finds the figures of a paragraph: a number with its measure word (unit) and its qualifier
// ("6000余份", "超过3000余人次", "两场", "98%以上", "1.2万人次", "上百次"). A number without a measure
// word (years, document numbers, phone numbers, list indices) is not a figure, and neither is an
// ordinal (第42条), a frequency (每月一次), a number that belongs to a fixed phrase (一次性) or one
// inside a quoted slogan (“最多跑一次”).
import type { Qualifier } from '../types.ts';
import { parseNumber, toHalfWidth } from './numerals.ts';

export interface Figure {
  /** Offset of the number's first character (after any leading qualifier). */
  start: number;
  /** Offset of the leading qualifier ("超过", "近") or `start`. */
  lead: number;
  /** Offset after the unit and any trailing qualifier ("以上"). */
  end: number;
  value: number;
  /** The measure word as written, with a 万/千 multiplier folded into the value ("万元" → "元"). */
  unit: string;
  qualifier: Qualifier;
  /** "不少于4次", "至少两场": a target, not a fact. */
  target: boolean;
}

// Longest first, so that 人次 wins over 人.
const UNITS = [
  '人次',
  '场次',
  '家次',
  '户次',
  '批次',
  '件次',
  '条次',
  '余人',
  '元',
  '件',
  '起',
  '宗',
  '次',
  '人',
  '名',
  '位',
  '份',
  '张',
  '册',
  '本',
  '条',
  '幅',
  '块',
  '副',
  '场',
  '期',
  '轮',
  '堂',
  '节',
  '班',
  '个',
  '台',
  '部',
  '套',
  '项',
  '篇',
  '家',
  '户',
  '处',
  '单',
  '%',
];

const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?[十百千万亿])?`;
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+';
// number, an optional 余/多 (before a multiplier too: "10余万元"), the unit, a trailing qualifier.
const FIGURE = new RegExp(
  String.raw`(${ARABIC}|${CHINESE})(\s*(?:余|多)?)(\s*[万千亿](?=元))?\s*(${UNITS.join('|')})(以上|有余|多|左右|上下|许|以下|以内)?`,
  'g',
);
const PERCENT_WORDS = /百分之([零〇一二两三四五六七八九十百]+)/g;

const LEAD_OVER = /(?:超过|逾|多达|超)\s*$/;
const LEAD_APPROX = /(?:将近|接近|近|约为|大约|约|大概)\s*$/;
const LEAD_UNDER = /(?:不到|不足|少于|未满)\s*$/;
const LEAD_TARGET = /(?:不少于|不低于|不超过|至少|最少|力争|争取|确保)\s*(?:达到?)?\s*$/;
// Vague round figures: 上百 (over 100), 近千 (about 1000); 数百/几十 are too vague to report.
const VAGUE = /^(?:百|千|万)$/;

// After the unit: months, working days, percentage points, ages — not counts.
const NOT_A_COUNT_AFTER = /^(?:月|工作日|小时|分钟|百分点|岁|周岁|季度|星期|平方|公里|米|亩)/;
// Fixed phrases built on small Chinese numerals ("一件事", "一次性"; "两项事项" is a count).
const FIXED_AFTER = /^(?:性|事(?!项)|办|站式|告知|制度|规定|原则|要求|机制|清单|承诺|行动|一)/;

// A slogan or a named campaign in quotes: “最多跑一次”, “进一次门、查多项事”, “一村一法律顾问”.
const QUOTED = /“[^“”\n]{1,24}”|「[^「」\n]{1,24}」/g;

export function findFigures(paragraph: string): Figure[] {
  const text = toHalfWidth(paragraph);
  const figures: Figure[] = [];
  const quoted = [...text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const);
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    // a number inside a quoted slogan names it, it counts nothing
    if (quoted.some(([from, to]) => start > from && start < to)) continue;
    const numberText = m[1];
    const moreText = m[2].trim();
    const multiplier = m[3]?.trim() ?? '';
    let unit = m[4];
    const trailing = m[5] ?? '';
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 6);
    const prev = text[start - 1] ?? '';

    if (/[A-Za-z0-9\-_/·.:#]/.test(prev)) continue;
    // Ordinals (第42条), frequencies (每月一次) and vague counts (数十场, 几百人).
    const isChinese = !/\d/.test(numberText);
    if (/(?:第|每)\s*$/.test(before) || (isChinese && /[数几若]$/.test(before))) continue;
    // a session's number, not a count: "三届七次全会", "十四届人大二次会议", "六届七次、八次全会"
    if (
      /届[^，。；]{0,6}$/.test(before) &&
      /^(?:[、和及与]?[^，。；]{0,6}?)(?:全会|全体会议|会议|党代会|代表大会)/.test(after)
    )
      continue;
    if (isChinese && /[零〇一二两三四五六七八九十百千万亿]$/.test(prev)) continue;

    let value: number | null;
    let qualifier: Qualifier = 'exact';
    if (isChinese && VAGUE.test(numberText)) {
      // 上百, 近千, 百余, 万余 — only with a qualifier that says which way it leans.
      value = { 百: 100, 千: 1000, 万: 10_000 }[numberText] ?? null;
      if (/上\s*$/.test(before) || moreText) qualifier = 'over';
      else if (/近\s*$/.test(before)) qualifier = 'approx';
      else continue;
    } else {
      if (isChinese && !/[一二两三四五六七八九十]/.test(numberText)) continue;
      value = parseNumber(numberText);
    }
    if (value === null) continue;
    if (multiplier) value *= { 万: 10_000, 千: 1000, 亿: 100_000_000 }[multiplier] ?? 1;
    if (unit === '余人') {
      unit = '人';
      qualifier = 'over';
    }
    if (NOT_A_COUNT_AFTER.test(after) && unit !== '%') continue;
    if (isChinese && value < 10 && FIXED_AFTER.test(after)) continue;

    if (moreText || trailing === '以上' || trailing === '有余' || trailing === '多') qualifier = 'over';
    let lead = start;
    const leadOver = LEAD_OVER.exec(before);
    const leadApprox = LEAD_APPROX.exec(before);
    const leadUnder = LEAD_UNDER.exec(before);
    if (leadOver) {
      qualifier = 'over';
      lead = start - leadOver[0].length;
    } else if (leadUnder) {
      qualifier = 'under';
      lead = start - leadUnder[0].length;
    } else if (leadApprox && !(isChinese && VAGUE.test(numberText) && qualifier === 'over')) {
      qualifier = 'approx';
      lead = start - leadApprox[0].length;
    }
    if (trailing === '左右' || trailing === '上下' || trailing === '许') qualifier = 'approx';
    if (trailing === '以下' || trailing === '以内') qualifier = 'under';
    if (isChinese && VAGUE.test(numberText) && /[上近]\s*$/.test(before)) lead = start - 1;

    figures.push({
      start,
      lead,
      end,
      value: Math.round(value * 1e6) / 1e6,
      unit,
      qualifier,
      target: LEAD_TARGET.test(before),
    });
  }
  for (const m of text.matchAll(PERCENT_WORDS)) {
    const value = parseNumber(m[1]);
    if (value === null) continue;
    const start = m.index;
    const end = start + m[0].length;
    const trailing = /^(以上|左右)/.exec(text.slice(end));
    figures.push({
      start,
      lead: start,
      end: end + (trailing?.[0].length ?? 0),
      value,
      unit: '%',
      qualifier: trailing?.[1] === '以上' ? 'over' : trailing ? 'approx' : 'exact',
      target: LEAD_TARGET.test(text.slice(Math.max(0, start - 8), start)),
    });
  }
  return figures.sort((a, b) => a.start - b.start);
}
