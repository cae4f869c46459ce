// structure/title-missing — a report without a title cannot be filed, published or found.
import { defineRule } from '../../types.ts';

export default defineRule({
  meta: {
    id: 'structure/title-missing',
    category: 'structure',
    severity: 'error',
    description: '报告没有标题。',
    messages: {
      missing:
        '报告缺少标题。请在正文前加上标题，写明发文机关、年度和事由，如“××镇人民政府关于2024年度法治政府建设情况的报告”。',
    },
  },
  check({ report, emit }) {
    if (report.title) return;
    const first = report.paragraphs[0];
    emit({
      messageId: 'missing',
      at: first ? { line: first.line, column: first.column } : { line: 1, column: 1 },
      excerpt: first ? first.text.slice(0, 20) : '',
    });
  },
});
