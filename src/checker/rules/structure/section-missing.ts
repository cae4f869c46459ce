// structure/section-missing — a required part of the annual report is absent. The parts are
// those of 《法治政府建设与责任落实督察工作规定》第二十五条; one finding per missing part.
import { z } from 'zod';
import { defineRule, SECTION_KEYS, type SectionKey } from '../../types.ts';
import { SECTION_BASIS, SECTION_LABELS } from './labels.ts';

const Options = z.object({
  /** The parts this deployment requires (default: all five). */
  required: z
    .array(z.enum(['measures', 'shortcomings', 'reasons', 'leaders', 'plans']))
    .default([...SECTION_KEYS]),
});
type Options = z.infer<typeof Options>;

export default defineRule<Options>({
  meta: {
    id: 'structure/section-missing',
    category: 'structure',
    severity: 'warning',
    description:
      '年度报告缺少规定的组成部分（主要举措和成效、不足和原因、第一责任人履职情况、下一年度安排）。',
    messages: {
      missing: '报告缺少“{{label}}”部分。{{basis}}要求年度报告写明这部分内容，请增加相应标题和内容。',
    },
    options: Options,
  },
  check({ report, options, emit }) {
    const present = new Set(report.sections.map((s) => s.key));
    for (const key of options.required as SectionKey[]) {
      if (present.has(key)) continue;
      // point at the part the missing one should follow (or precede), else the first heading
      const order = SECTION_KEYS.indexOf(key);
      const prev = report.sections.filter((s) => SECTION_KEYS.indexOf(s.key) < order).at(-1);
      const next = report.sections.find((s) => SECTION_KEYS.indexOf(s.key) > order);
      const anchor = prev ?? next;
      const heading = anchor ? report.headings.find((h) => h.line === anchor.line) : report.headings[0];
      const at = heading
        ? { line: heading.line, column: heading.column }
        : { line: report.paragraphs[0]?.line ?? 1, column: report.paragraphs[0]?.column ?? 1 };
      emit({
        messageId: 'missing',
        params: { label: SECTION_LABELS[key], basis: SECTION_BASIS },
        at,
        excerpt: heading?.text ?? report.title ?? '',
        data: { section: key },
      });
    }
  },
});
