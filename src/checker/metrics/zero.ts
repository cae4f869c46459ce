// Figures stated as absence: "全年无行政诉讼、行政复议案件", "全年未发生行政诉讼", "未收到政府信息公开申请",
// "全年未制发行政规范性文件", "行政诉讼、行政复议案件均为零". Only indicators with `zeroNouns` take part, and
// the noun must be the thing absent ("未发生因信访问题引发的群体性事件" says nothing about the number of
// petitions). A verb of issuing ("未出台", "未以镇政府名义制发") denies only what is issued: documents.
import type { Indicator } from '../../shared/indicators.ts';
import type { CheckerIndicator } from './wordings.ts';

export interface ZeroStatement {
  indicator: Indicator;
  start: number;
  end: number;
}

const TRIGGER = /无|没有|未发生|未出现|未收到|未受理|未接到|未产生/g;
// "未制发", "没有出台", "未以乡政府名义印发": the issuing verbs, for the indicators with `zeroIssued`.
const ISSUE_TRIGGER =
  /(?:未|没有|从未|无)(?:以[^，。；\d]{1,10}?名义)?(?:新)?(?:制定|制发|出台|印发|发布)(?:过|的)?/g;
const JOIN = '[、和及与或/]';

export function findZeroStatements(text: string, indicators: readonly CheckerIndicator[]): ZeroStatement[] {
  const withNouns = indicators.filter((indicator) => indicator.zeroNouns);
  if (withNouns.length === 0) return [];
  // "无/未收到" deny what happens to the township, the issuing verbs what it issues
  const zeroable = withNouns.filter((indicator) => !indicator.zeroIssued);
  const issued = withNouns.filter((indicator) => indicator.zeroIssued);
  const nounsOf = (list: readonly Indicator[]) => {
    const noun = `(?:${list.map((indicator) => indicator.zeroNouns!.source).join('|')})`;
    return `${noun}(?:案件)?(?:${JOIN}${noun}(?:案件)?)*`;
  };
  const nouns = zeroable.length > 0 ? nounsOf(zeroable) : '(?!)';
  // After the trigger: the nouns, then 案件/事项/申请 and the end of the clause.
  const absentOf = (list: string) =>
    new RegExp(
      String.raw`^(?:发生|出现|收到|受理|接到)?(?:过)?(?:任何|一起|一件|1起|1件)?(?:新的?)?(${list})(?:的)?(?:案件|案例|事项|申请|请求)?(?=$|[，。；;、,\s）)]|情况|发生)`,
    );
  const absent = absentOf(nouns);
  const absentIssued = issued.length > 0 ? absentOf(nounsOf(issued)) : null;
  const isZero = new RegExp(String.raw`(${nouns})(?:案件)?(?:数量?)?(?:均|都)?为(?:零|0)(?![\d.])`, 'g');
  const out: ZeroStatement[] = [];
  const seen = new Set<string>();
  const emit = (list: readonly Indicator[], nounList: string, start: number, end: number) => {
    for (const part of nounList.split(new RegExp(JOIN))) {
      const indicator = list.find((candidate) =>
        new RegExp(`^(?:${candidate.zeroNouns!.source})(?:案件)?$`).test(part),
      );
      if (!indicator) continue;
      const key = `${indicator.id}@${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ indicator, start, end });
    }
  };
  for (const m of text.matchAll(TRIGGER)) {
    const from = m.index + m[0].length;
    const match = absent.exec(text.slice(from, from + 40));
    if (match) emit(zeroable, match[1], m.index, from + match[0].length);
  }
  if (absentIssued) {
    for (const m of text.matchAll(ISSUE_TRIGGER)) {
      const from = m.index + m[0].length;
      const match = absentIssued.exec(text.slice(from, from + 40));
      if (match) emit(issued, match[1], m.index, from + match[0].length);
    }
  }
  for (const m of text.matchAll(isZero)) emit(zeroable, m[1], m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}
