// structure/signoff-missing — no 落款 (issuing organ and date) at the end of the report
// (GB/T 9704—2012《党政机关公文格式》7.3.5), or a 落款 without its date or organ. A date before the
// report year has ended is structure/premature-date.
import { defineRule } from '../../types.ts';

export default defineRule({
  meta: {
    id: 'structure/signoff-missing',
    category: 'structure',
    severity: 'warning',
    description: '报告末尾没有落款（发文机关署名和成文日期），或落款不完整。',
    messages: {
      missing: '报告末尾缺少落款。请在正文之后写明发文机关署名和成文日期，如“××镇人民政府　2025年1月10日”。',
      dateMissing: '落款“{{org}}”后缺少成文日期。请写明年、月、日。',
      orgMissing: '成文日期前缺少发文机关署名。请写明发文机关全称。',
    },
  },
  check({ report, emit }) {
    const last = report.paragraphs.at(-1);
    const end = last ? last.pos(last.text.length) : { line: 1, column: 1 };
    const s = report.signoff;
    if (!s) {
      emit({ messageId: 'missing', at: end, excerpt: last ? last.text.slice(-20) : '', data: {} });
      return;
    }
    const at = { line: s.line, column: 1 };
    if (!s.date) emit({ messageId: 'dateMissing', params: { org: s.org ?? '' }, at, excerpt: s.org ?? '' });
    if (!s.org) emit({ messageId: 'orgMissing', at, excerpt: s.date ?? '' });
  },
});
