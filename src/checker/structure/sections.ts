// Which required part of the annual report a heading opens. The parts are those of
// 《法治政府建设与责任落实督察工作规定》第二十五条: 主要举措和成效 (measures), 存在的不足 (shortcomings)
// 和原因 (reasons), 党政主要负责人履行推进法治建设第一责任人职责 (leaders), 下一年度主要安排 (plans).
// Townships phrase them in many ways ("2021年工作情况", "存在的问题及2025年工作安排",
// "主要负责人履职情况", "下一步工作打算"); a heading is split into clauses and each clause gives
// at most one key.
import type { SectionKey } from '../types.ts';
import { parseYear } from './numerals.ts';

const LEADERS =
  /第一责任人|主要负责人|主要领导(?:干部)?(?:履行|履职|推进|述法)|党政(?:主要)?领导.{0,6}(?:职责|履职)|述法|履职尽责情况/;
const REASONS = /原因|成因|根源/;
const SHORTCOMINGS = /不足|问题|差距|短板|弱项|薄弱|困难|瓶颈|欠缺/;
const PLANS =
  /打算|计划|安排|思路|展望|下一步|下步|下阶段|下一阶段|下一年|下年度|明年|来年|今后|未来|努力方向|工作设想|意见建议|工作目标/;
const MEASURES_STRONG =
  /成效|成绩|做法|回顾|总结|完成情况|工作情况|开展情况|推进情况|建设情况|落实情况|进展|亮点|经验|主要工作|工作举措|主要举措/;
const MEASURES_WEAK = /举措|措施|情况|工作/;
/**
 * Work on last year's problems ("上一年度问题整改回头看", "督察反馈问题整改落实情况") is part of the
 * year's measures, not its shortcomings.
 */
const RECTIFIED =
  /回头看|(?:上一?年度?|去年|以往|往年|前期|督察|巡察|巡视|审计|反馈|考核)[^，。]{0,8}问题[^，。]{0,6}(?:整改|销号)/;
/** Parts that carry none of the keys ("其他需要报告的情况", "附件"). */
const NONE = /其他|其它|附件|附表|说明$/;

/** Splits a heading into clauses: "存在的问题及2025年工作安排" → ["存在的问题", "2025年工作安排"]. */
function clauses(text: string): string[] {
  return text
    .split(/以及|及其|及|和|与|暨|并|、|，|,|；|;|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d{4}|[〇零一二三四五六七八九]{4})\s*年/g)) {
    const y = parseYear(m[1]);
    if (y && y > 1990 && y < 2100) out.push(y);
  }
  return out;
}

/**
 * The keys of a top-level heading (its text without the numbering marker). `reportYear` tells
 * a future year ("2025年工作安排" in a 2024 report) from the reported one.
 */
export function classifyHeading(text: string, reportYear: number | null): SectionKey[] {
  const body = text.replace(/[“”"《》]/g, '');
  if (NONE.test(body) && !LEADERS.test(body)) return [];
  const keys = new Set<SectionKey>();
  let weakMeasures = false;
  for (const c of clauses(body)) {
    const years = yearsIn(c);
    const future = reportYear !== null && years.some((y) => y > reportYear);
    if (LEADERS.test(c)) keys.add('leaders');
    else if (RECTIFIED.test(c)) keys.add('measures');
    else if (REASONS.test(c)) keys.add('reasons');
    else if (SHORTCOMINGS.test(c)) keys.add('shortcomings');
    else if (PLANS.test(c) || (future && MEASURES_WEAK.test(c))) keys.add('plans');
    else if (MEASURES_STRONG.test(c)) keys.add('measures');
    else if (MEASURES_WEAK.test(c)) weakMeasures = true;
  }
  // "举措", "情况" alone mean the measures only when the heading names nothing else
  // ("…第一责任人职责，加强法治政府建设的有关情况" is the leaders part)
  if (weakMeasures && keys.size === 0) keys.add('measures');
  return [...keys];
}

const STRONG: Array<[SectionKey, RegExp]> = [
  ['leaders', /(?:主要负责人|主要领导).{0,12}第一责任人|第一责任人职责(?:情况|履行)|履行.{0,10}第一责任人/],
  ['reasons', /(?:问题|不足)(?:的|产生的)?(?:主要)?原因|原因分析|^(?:主要)?原因$/],
  [
    'shortcomings',
    /^(?:[^，。]{0,14})存在(?:的)?(?:主要)?(?:问题|不足|困难|短板|差距)|不足之处|问题(?:和|与|及)不足|^(?:主要)?(?:问题|不足)(?:和|与|及)?/,
  ],
  [
    'plans',
    /(?:下一步|下一年度?|下年度|明年|\d{4}年)(?:的)?(?:主要)?(?:工作)?(?:打算|计划|安排|思路)|^(?:下一步|今后)(?:工作)?(?:的)?(?:打算|计划|安排|思路|方向)?$|工作(?:打算|思路|展望)/,
  ],
  ['measures', /^(?:\d{4}年(?:度)?)?(?:主要)?(?:举措|做法)(?:和|及|与)成效$/],
];

/**
 * The keys of a nested heading: only unmistakable phrasings count there, since subheadings of
 * the measures part talk about 问题, 计划 and 措施 all the time.
 */
export function classifyNestedHeading(text: string): SectionKey[] {
  const body = text.replace(/[“”"《》]/g, '').trim();
  if (body.length > 40) return [];
  const keys: SectionKey[] = [];
  for (const [key, re] of STRONG) if (re.test(body)) keys.push(key);
  return keys;
}

/** A top-level heading of a part that carries no key on purpose ("其他需要报告的情况", "附件"). */
export function isOtherPart(text: string): boolean {
  const body = text.replace(/[“”"《》]/g, '');
  return NONE.test(body) && !LEADERS.test(body);
}

/** An unnumbered short line that can only be a section heading ("存在的问题和不足"). */
export function looksLikeSectionLine(text: string): boolean {
  if (text.length > 30 || /[。！？；，,：:]/.test(text)) return false;
  return (
    classifyNestedHeading(text).length > 0 || /^(?:主要)?(?:举措|做法|工作)(?:和|及|与)?成效$/.test(text)
  );
}
