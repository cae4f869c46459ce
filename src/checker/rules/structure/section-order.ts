// structure/section-order — the required parts out of their logical order. Townships put the
// 第一责任人 part first, second or fourth, all accepted (many reports open with it); what is wrong
// is the shortcomings, reasons or plans before the measures, the plans before anything they should
// follow, or the reasons before the shortcomings.
import { defineRule, type SectionKey, type SectionRef } from '../../types.ts';
import { SECTION_LABELS } from './labels.ts';

/** [earlier, later]: `later` must not start before `earlier`. */
const CONSTRAINTS: Array<[SectionKey, SectionKey]> = [
  ['measures', 'shortcomings'],
  ['measures', 'reasons'],
  ['measures', 'plans'],
  ['shortcomings', 'reasons'],
  ['shortcomings', 'plans'],
  ['reasons', 'plans'],
  ['leaders', 'plans'],
];

export default defineRule({
  meta: {
    id: 'structure/section-order',
    category: 'structure',
    severity: 'warning',
    description: '年度报告各组成部分的先后顺序不当。',
    messages: {
      order:
        '“{{section}}”部分出现在“{{before}}”部分之前。请按先成效、再不足和原因、后下一年度安排的顺序组织报告。',
    },
  },
  check({ report, emit }) {
    const first = new Map<SectionKey, SectionRef>();
    for (const s of report.sections) if (!first.has(s.key)) first.set(s.key, s);
    const reported = new Set<number>();
    for (const [earlier, later] of CONSTRAINTS) {
      const a = first.get(earlier);
      const b = first.get(later);
      if (!a || !b || b.line >= a.line || reported.has(b.line)) continue;
      reported.add(b.line);
      const heading = report.headings.find((h) => h.line === b.line);
      emit({
        messageId: 'order',
        params: { section: SECTION_LABELS[later], before: SECTION_LABELS[earlier] },
        at: { line: b.line, column: heading?.column ?? 1 },
        excerpt: b.heading,
        data: { section: later, before: earlier },
      });
    }
  },
});
