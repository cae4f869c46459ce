// Sentence and clause boundaries of a paragraph, and the signs that a sentence states a plan or
// a rule rather than a fact of the year.

/** Ends a sentence: a figure never takes its phrase from another sentence. */
export const SENTENCE_END = /[。；;！!？?\n]/;
/** Ends a clause: a figure takes its phrase from its own clause (and, rarely, the one before). */
export const CLAUSE_END = /[，,：:]/;
// In-paragraph enumerators start a new clause too: "…成效明显。二是…", "…；（三）…".
const ENUMERATOR = /[一二三四五六七八九十]是|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)/g;

/** Offset where the sentence holding `offset` starts. */
export function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (SENTENCE_END.test(text[i])) return i + 1;
  return 0;
}

/** Offset where the sentence holding `offset` ends (exclusive, before its full stop). */
export function sentenceEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) if (SENTENCE_END.test(text[i])) return i;
  return text.length;
}

/** Offset where the clause holding `offset` starts (after a comma, colon or enumerator). */
export function clauseStart(text: string, offset: number): number {
  let start = 0;
  for (let i = offset - 1; i >= 0; i--) {
    if (SENTENCE_END.test(text[i]) || CLAUSE_END.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  let after = start;
  for (const m of text.slice(start, offset).matchAll(ENUMERATOR)) after = start + m.index + m[0].length;
  return after;
}

/** Offset where the clause holding `offset` ends (exclusive). */
export function clauseEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++)
    if (SENTENCE_END.test(text[i]) || CLAUSE_END.test(text[i])) return i;
  return text.length;
}

// A target or a plan: "力争…", "确保…达到", "计划开展", "将继续…", "下一步…".
const PLAN =
  /力争|争取|确保|预计|拟(?:于|在|开展|举办|组织|完成)|计划(?:于|在|开展|举办|组织|完成|全年)|目标(?:是|为)|下一步|下一年度?|明年|今后|将(?:于|在|继续|进一步|持续|开展|组织|举办|完成|实现|力争)/;
// A minimum binds its own clause only: in "每个社区培育法律明白人不少于5名，全街道共有58名" the 58 is a fact.
const MINIMUM = /不少于|不低于|至少/;

/** The text with the titles in 《》 blanked: "《…纲要（2021—2025年）》" says nothing about tense or year. */
function withoutTitles(text: string): string {
  return text.replace(/《[^》]*》/g, (title) => '　'.repeat(title.length));
}

/** True when the text before a figure in its sentence makes the figure a plan or a target. */
export function isPlanned(sentenceBefore: string, reportYear: number | null): boolean {
  const prose = withoutTitles(sentenceBefore);
  if (PLAN.test(prose)) return true;
  if (MINIMUM.test(prose.slice(clauseStart(prose, prose.length)))) return true;
  if (reportYear !== null) {
    for (const m of prose.matchAll(/(20\d\d)\s*年/g)) {
      if (Number(m[1]) > reportYear && /将|计划|拟|预计/.test(prose)) return true;
    }
  }
  return false;
}

// A frequency or a per-unit norm: "每月召开一次", "每个学校配备1名", "平均每村".
const RULE_OF_THUMB = /每|平均|人均|各配备|均配备/;
// Page-view counters and similar web chrome: "浏览：76次", "阅读量".
const COUNTER = /浏览|阅读量|阅读数|点击|访问量|播放量|点赞/;
// Growth and change: "同比增长15%", "下降3个百分点".
const CHANGE = /同比|环比|较上年|比上年|较去年|比去年|增长|下降|减少|降低|增加|上升|提高了|提升了|增幅|降幅/;

export function isRuleOfThumb(clause: string): boolean {
  return RULE_OF_THUMB.test(clause);
}

export function isCounter(clause: string): boolean {
  return COUNTER.test(clause);
}

// A comparison with another period: "较上年减少纠纷32件".
const COMPARISON = /同比|环比|较上年|比上年|较去年|比去年|较20\d\d年|比20\d\d年|上年同期|增长|下降|增幅|降幅/;

export function isChange(clause: string): boolean {
  return CHANGE.test(clause);
}

export function isComparison(clause: string): boolean {
  return COMPARISON.test(clause);
}

/**
 * True when the nearest year named before a figure in its sentence is not the report's year:
 * "2023年，全镇共调解纠纷182件" in a report on 2024 states last year's figure.
 */
export function isOtherYear(sentenceBefore: string, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  const prose = withoutTitles(sentenceBefore);
  const years = [...prose.matchAll(/(?<!\d)(20\d\d)\s*年(?!度?(?:以来|来))/g)];
  if (years.length === 0) return false;
  const last = Number(years[years.length - 1][1]);
  return last < reportYear;
}

/** Only connectives and adverbs: the clause names nothing, so its figure belongs to the clause before. */
export function namesNothing(segment: string): boolean {
  // "开展…活动，全年累计开展20余次": a verb that only repeats the one before names nothing either
  return /^(?:\s|共|共计|累计|合计|总计|全年|今年|年内|本年度|达|达到|计|其中|为|均|分别|总数|数量|已|先后|约|近|超过|逾|涉及|开展|举办|组织|召开|进行|完成|了)*$/.test(
    segment,
  );
}
