// Figures stated as absence: "全年无行政诉讼、行政复议案件", "全年未发生行政诉讼", "未收到政府信息公开申请",
// "行政诉讼、行政复议案件均为零". Only indicators with `zeroNouns` take part, and the noun must be the
// thing absent ("未发生因信访问题引发的群体性事件" says nothing about the number of petitions).
import type { Indicator } from '../../shared/indicators.ts';

export interface ZeroStatement {
  indicator: Indicator;
  start: number;
  end: number;
}

const TRIGGER = /无|没有|未发生|未出现|未收到|未受理|未接到|未产生/g;
const JOIN = '[、和及与或/]';

export function findZeroStatements(text: string, indicators: readonly Indicator[]): ZeroStatement[] {
  const zeroable = indicators.filter((indicator) => indicator.zeroNouns);
  if (zeroable.length === 0) return [];
  const noun = `(?:${zeroable.map((indicator) => indicator.zeroNouns!.source).join('|')})`;
  const nouns = `${noun}(?:案件)?(?:${JOIN}${noun}(?:案件)?)*`;
  // After the trigger: the nouns, then 案件/事项/申请 and the end of the clause.
  const absent = new RegExp(
    String.raw`^(?:发生|出现|收到|受理|接到)?(?:过)?(?:任何|一起|一件|1起|1件)?(${nouns})(?:的)?(?:案件|案例|事项|申请)?(?=$|[，。；;、,\s）)]|情况|发生)`,
  );
  const isZero = new RegExp(String.raw`(${nouns})(?:案件)?(?:数量?)?(?:均|都)?为(?:零|0)(?![\d.])`, 'g');
  const out: ZeroStatement[] = [];
  const seen = new Set<string>();
  const emit = (nounList: string, start: number, end: number) => {
    for (const part of nounList.split(new RegExp(JOIN))) {
      const indicator = zeroable.find((candidate) =>
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
    if (match) emit(match[1], m.index, from + match[0].length);
  }
  for (const m of text.matchAll(isZero)) emit(m[1], m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}
