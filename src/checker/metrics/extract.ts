// Extracts the figures a report states as indicators of the catalogue (SPEC section 3, Metrics).
//
// For every figure (a number with its measure word) of a paragraph outside the plans section:
//  1. drop it when it is not a fact of the year: a target ("不少于4次", "力争…"), a plan ("将继续…",
//     a future year), a frequency or norm ("每月一次", "每个学校配备1名"), a page-view counter, a
//     growth rate ("同比增长15%");
//  2. take the text of its clause before it — after the previous figure of the clause, so a
//     phrase is used once — and find the indicator phrases there that accept the figure's unit;
//     a phrase right after the figure ("62名法律明白人") competes too;
//  3. the phrase nearest the number wins (ties: the longer phrase, then catalogue order); a figure
//     no phrase claims is not reported — precision over recall.
// Percentages take the rate noun ("成功率", "合格率") nearest before them; "参考率、及格率均为100%"
// gives every rate of the list. "全年无行政诉讼、行政复议案件" gives 0 for each counted noun.
import type { Indicator, IndicatorPhrase } from '../../shared/indicators.ts';
import type { Metric, Paragraph, ParsedReport } from '../types.ts';
import {
  clauseEnd,
  clauseStart,
  isChange,
  isComparison,
  isCounter,
  isOtherYear,
  isPlanned,
  isRuleOfThumb,
  namesNothing,
  sentenceEnd,
  sentenceStart,
} from './clauses.ts';
import { type Figure, findFigures } from './figures.ts';
import { toHalfWidth } from './numerals.ts';
import { CHECKER_INDICATORS, NOT_THIS, OTHER_NOUN_AFTER, VILLAGE_SUBCOUNT } from './wordings.ts';
import { findZeroStatements } from './zero.ts';

interface Candidate {
  indicator: Indicator;
  /** Characters between the phrase and the number. */
  distance: number;
  length: number;
  /** Offset of the phrase in the paragraph. */
  start: number;
  end: number;
  after: boolean;
  order: number;
}

const COUNT_INDICATORS = CHECKER_INDICATORS.filter((indicator) => indicator.kind !== 'rate');
const RATE_INDICATORS = CHECKER_INDICATORS.filter((indicator) => indicator.kind === 'rate');
const MAX_QUOTE = 28;

export function extractMetrics(
  report: ParsedReport,
  indicators: readonly Indicator[] = CHECKER_INDICATORS,
): Metric[] {
  const metrics: Metric[] = [];
  const headingTexts: string[] = [];
  for (const paragraph of report.paragraphs) {
    if (paragraph.heading) {
      headingTexts.length = paragraph.heading.level;
      headingTexts[paragraph.heading.level - 1] = paragraph.heading.text;
    }
    if (paragraph.keys.includes('plans')) continue;
    const context = headingTexts.filter(Boolean).join(' ');
    metrics.push(...extractFromParagraph(paragraph, context, report.year, indicators));
  }
  return metrics;
}

/** The metrics of one paragraph; `context` is the text of its enclosing headings. */
export function extractFromParagraph(
  paragraph: Paragraph,
  context: string,
  year: number | null,
  indicators: readonly Indicator[] = CHECKER_INDICATORS,
): Metric[] {
  const original = paragraph.text;
  const text = toHalfWidth(original);
  const figures = findFigures(text);
  const counts =
    indicators === CHECKER_INDICATORS ? COUNT_INDICATORS : indicators.filter((i) => i.kind !== 'rate');
  const rates =
    indicators === CHECKER_INDICATORS ? RATE_INDICATORS : indicators.filter((i) => i.kind === 'rate');
  const found: { offset: number; metric: Metric }[] = [];
  // The indicator each figure was given, so "32批次86人次" can pass it to the figure right after.
  const assigned = new Map<number, Indicator>();
  const metricOf = (indicator: Indicator, figure: Figure, quoteStart: number, quoteEnd: number): Metric => ({
    id: indicator.id,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: figure.unit,
    quote: original.slice(quoteStart, quoteEnd).trim(),
    line: paragraph.pos(figure.start).line,
  });

  figures.forEach((figure, i) => {
    if (figure.target) return;
    const sStart = sentenceStart(text, figure.lead);
    const sentenceBefore = text.slice(sStart, figure.lead);
    if (isPlanned(sentenceBefore, year) || isOtherYear(sentenceBefore, year)) return;
    const cStart = clauseStart(text, figure.lead);
    const clause = text.slice(cStart, figure.lead);
    if (isCounter(clause) || isComparison(clause)) return;
    const previous = figures[i - 1];
    const segStart = previous && previous.end > cStart && previous.end <= figure.lead ? previous.end : cStart;
    const segment = text.slice(segStart, figure.lead);
    // A frequency binds the figure right after it: in "以每两月1次频次开展学法5次" the "1次" is the
    // norm, the "5次" that follows it in the clause is a fact.
    if (isRuleOfThumb(segment)) return;
    const sentence = text.slice(sStart, sentenceEnd(text, figure.end));
    const where = `${sentence} ${context}`;

    if (figure.unit === '%') {
      if (isChange(segment)) return;
      for (const { indicator, start } of rateIndicators(segment, segStart, rates, where)) {
        found.push({ offset: figure.start, metric: metricOf(indicator, figure, start, figure.end) });
      }
      return;
    }

    let best = bestBefore(segment, segStart, figure, counts, where);
    const inherited = previous && segStart === previous.end ? assigned.get(i - 1) : undefined;
    if (!best && inherited && /^\s*$/.test(segment) && accepts(inherited, figure.unit)) {
      best = {
        indicator: inherited,
        distance: 0,
        length: 0,
        start: previous.lead,
        end: previous.end,
        after: false,
        order: 0,
      };
    }
    if (!best && namesNothing(segment) && cStart > sStart) {
      // "开展普法宣传活动，共计12场": the clause before names what is counted.
      const pEnd = cStart - 1;
      const pStart = Math.max(clauseStart(text, pEnd), previous && previous.end <= pEnd ? previous.end : 0);
      const before = bestBefore(text.slice(pStart, pEnd), pStart, figure, counts, where);
      if (before) best = { ...before, distance: before.distance + (figure.lead - pEnd) };
    }
    if (!best && TOTAL.test(segment) && namesNothing(segment)) {
      // "中心组学法5次，会前学法11次，全年共计16次": a total takes the one indicator of its parts
      const whole = totalOf(figures, assigned, i, sStart);
      if (whole)
        best = {
          indicator: whole,
          distance: 0,
          length: 0,
          start: segStart,
          end: figure.lead,
          after: false,
          order: 0,
        };
    }
    const next = figures[i + 1];
    const rightEnd = Math.min(clauseEnd(text, figure.end), next ? next.lead : text.length);
    const after = bestAfter(text.slice(figure.end, rightEnd), figure, counts, where, segment);
    if (after && (!best || after.distance < best.distance)) best = after;
    if (!best) return;
    if (countsSomethingElse(text, best, figure, cStart)) return;
    // "受理信访事项71件……其中网上信访23件": a part of a larger total of the same indicator stated
    // before it in the paragraph is not the township's figure
    const indicator = best.indicator;
    if (
      PART.test(text.slice(sStart, figure.lead)) &&
      [...assigned].some(([j, earlier]) => j < i && earlier === indicator && figures[j].value > figure.value)
    )
      return;
    assigned.set(i, best.indicator);
    let quoteStart: number;
    let quoteEnd = figure.end;
    if (best.after) {
      quoteStart = figure.lead;
      quoteEnd = best.end;
    } else {
      quoteStart = Math.min(best.start, segStart);
      while (quoteStart < best.start && /[\s，、：]/.test(text[quoteStart])) quoteStart++;
      if (figure.lead - quoteStart > MAX_QUOTE) quoteStart = Math.max(quoteStart, best.start - 6);
    }
    found.push({ offset: figure.start, metric: metricOf(best.indicator, figure, quoteStart, quoteEnd) });
  });

  // "全年无行政诉讼案件，行政诉讼案件数为0": one zero per indicator and sentence
  const zeros = new Set<string>();
  for (const zero of findZeroStatements(text, indicators)) {
    const sStart = sentenceStart(text, zero.start);
    if (isPlanned(text.slice(sStart, zero.start), year)) continue;
    const key = `${zero.indicator.id}@${sStart}`;
    if (zeros.has(key)) continue;
    zeros.add(key);
    found.push({
      offset: zero.start,
      metric: {
        id: zero.indicator.id,
        value: 0,
        qualifier: 'exact',
        unit: zero.indicator.unit,
        quote: original.slice(zero.start, zero.end).trim(),
        line: paragraph.pos(zero.start).line,
      },
    });
  }
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.metric);
}

const TOTAL = /共|合计|累计|总计/;
/** A clause of the sentence opening with 其中 (or 其中有/其中包括): what follows are parts. */
const PART = /(?:^|[，,；;：:])\s*其中/;

/**
 * The indicator of a total stated after its parts in the same sentence ("…5次，…11次，全年共计16次"):
 * the parts are the earlier figures whose indicator accepts the total's unit; they must all be of
 * one indicator (a total of lectures and talks is neither) and add up to no more than the total.
 */
function totalOf(
  figures: readonly Figure[],
  assigned: ReadonlyMap<number, Indicator>,
  i: number,
  sStart: number,
): Indicator | undefined {
  const total = figures[i];
  let indicator: Indicator | undefined;
  let sum = 0;
  for (let j = i - 1; j >= 0 && figures[j].lead >= sStart; j--) {
    const part = assigned.get(j);
    if (!part || !accepts(part, total.unit)) continue;
    if (indicator && part !== indicator) return undefined;
    indicator = part;
    sum += figures[j].value;
  }
  return indicator && sum <= total.value ? indicator : undefined;
}

/**
 * True when the figure, though next to the indicator's phrase, counts something else: a noun of
 * its own right after it ("等6个难题"), a named village's share of the total ("其中青石村…12件"), or
 * a clause the indicator excludes (see NOT_THIS in wordings.ts).
 */
function countsSomethingElse(text: string, best: Candidate, figure: Figure, cStart: number): boolean {
  if (VILLAGE_SUBCOUNT.test(text.slice(cStart, figure.lead))) return true;
  if (!best.after && OTHER_NOUN_AFTER.test(text.slice(figure.end))) return true;
  const not = NOT_THIS[best.indicator.id];
  if (!not) return false;
  const clause = text.slice(Math.min(cStart, best.start), clauseEnd(text, figure.end));
  return [not].flat().some((rule) => rule.clause.test(clause) && !rule.unlessClause?.test(clause));
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The global twin of a catalogue pattern, compiled once. */
function globalOf(re: RegExp): RegExp {
  let global = GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, global);
  }
  return global;
}

const ANCHORED = new WeakMap<RegExp, RegExp>();

/** The pattern anchored at the end of the text, compiled once. */
function anchoredOf(re: RegExp): RegExp {
  let anchored = ANCHORED.get(re);
  if (!anchored) {
    anchored = new RegExp(`(?:${re.source})$`, re.flags.replace('g', ''));
    ANCHORED.set(re, anchored);
  }
  return anchored;
}

function accepts(indicator: Indicator, unit: string): boolean {
  return indicator.units.includes(unit);
}

function phraseApplies(phrase: IndicatorPhrase, where: string, clause: string): boolean {
  if (phrase.context && !phrase.context.test(where)) return false;
  if (phrase.unless?.test(clause)) return false;
  if (phrase.unlessSentence?.test(where)) return false;
  return true;
}

function better(a: Candidate | null, b: Candidate): Candidate {
  if (!a) return b;
  if (b.distance !== a.distance) return b.distance < a.distance ? b : a;
  if (b.length !== a.length) return b.length > a.length ? b : a;
  return b.order < a.order ? b : a;
}

// A phrase right after a negation names what did not happen: "未合格的2名", "调解不成功3件", "未能达成协议".
const NEGATED = /(?:未|不|没有|没)能?$/;

/** The phrase nearest before the figure in `segment` (which starts at `offset` in the paragraph). */
function bestBefore(
  segment: string,
  offset: number,
  figure: Figure,
  indicators: readonly Indicator[],
  where: string,
): Candidate | null {
  let best: Candidate | null = null;
  const trimmed = segment.replace(/\s+$/, '');
  indicators.forEach((indicator, order) => {
    if (!accepts(indicator, figure.unit)) return;
    for (const phrase of indicator.phrases) {
      if (phrase.after || !phraseApplies(phrase, where, segment)) continue;
      for (const m of trimmed.matchAll(globalOf(phrase.cue))) {
        if (m[0].length === 0 || NEGATED.test(trimmed.slice(0, m.index))) continue;
        const end = m.index + m[0].length;
        best = better(best, {
          indicator,
          distance: trimmed.length - end,
          length: m[0].length,
          start: offset + m.index,
          end: offset + end,
          after: false,
          order,
        });
      }
    }
  });
  return best;
}

// The people a body is made of, between the figure and the body: "（由3名）律师组成的",
// "（由76人）组成的", "（由45名）村干部、网格员组成的".
const MEMBERS = /^\s*[^，。；：\d]{0,10}?(?:共同)?组成(?:的)?/;

/** A phrase starting right after the figure: "62名法律明白人", "14次专项检查". */
function bestAfter(
  right: string,
  figure: Figure,
  indicators: readonly Indicator[],
  where: string,
  clause: string,
): Candidate | null {
  const plain = /^[\s的]*/.exec(right)?.[0].length ?? 0;
  // "由3名律师组成的法律顾问团队", "由76人组成的“法律明白人”队伍": the figure is the size of the body
  const members = MEMBERS.exec(right)?.[0].length;
  let best: Candidate | null = null;
  for (const lead of members === undefined ? [plain] : [plain, members]) {
    const rest = right.slice(lead);
    indicators.forEach((indicator, order) => {
      if (!accepts(indicator, figure.unit)) return;
      for (const phrase of indicator.phrases) {
        if (!phrase.after || !phraseApplies(phrase, where, clause)) continue;
        const m = phrase.cue.exec(rest);
        if (m?.index !== 0) continue;
        best = better(best, {
          indicator,
          distance: lead,
          length: m[0].length,
          start: figure.end + lead,
          end: figure.end + lead + m[0].length,
          after: true,
          order,
        });
      }
    });
  }
  return best;
}

/**
 * The rate indicators named before a percentage: the nearest "…率" and, when it closes a list
 * ("参考率、及格率均为"), every rate of the list.
 */
function rateIndicators(
  segment: string,
  offset: number,
  rates: readonly Indicator[],
  where: string,
): { indicator: Indicator; start: number }[] {
  const positions = [...segment.matchAll(/率/g)].map((m) => m.index);
  if (positions.length === 0) return [];
  const chain = [positions[positions.length - 1]];
  for (let k = positions.length - 2; k >= 0; k--) {
    const between = segment.slice(positions[k] + 1, chain[0]);
    if (!/^[、和及与][^，。；率]{1,8}$/.test(between)) break;
    chain.unshift(positions[k]);
  }
  const out: { indicator: Indicator; start: number }[] = [];
  for (const p of chain) {
    const from = Math.max(0, p - 8);
    const noun = segment.slice(from, p + 1);
    for (const indicator of rates) {
      let at = -1;
      for (const phrase of indicator.phrases) {
        if (phrase.after || !phraseApplies(phrase, where, segment)) continue;
        const m = anchoredOf(phrase.cue).exec(noun);
        if (m) at = m.index;
      }
      if (at >= 0 && !out.some((o) => o.indicator === indicator)) {
        out.push({ indicator, start: offset + from + at });
        break;
      }
    }
  }
  return out;
}
