// integrity/broken-line — sentences broken across lines (by PDF or page extraction, or by
// copying), rejoined while normalising; and page numbers removed from the text.
import { defineRule } from '../../types.ts';

export default defineRule({
  meta: {
    id: 'integrity/broken-line',
    category: 'integrity',
    severity: 'info',
    description: '句子在行中间被断开（多见于从 PDF 或网页复制的文本），体检时已将其接续；页码已去除。',
    messages: {
      joined: '此处一句话被断行，体检时已接续为“{{excerpt}}”。请在原文中删除多余的换行。',
      pageArtifact: '已去除正文中的页码“{{excerpt}}”。请删除由分页带入的页码。',
    },
  },
  check({ report, emit }) {
    for (const c of report.changes) {
      if (c.kind === 'broken-line')
        emit({ messageId: 'joined', params: { excerpt: c.excerpt }, at: c.at, excerpt: c.excerpt });
      if (c.kind === 'page-artifact') {
        emit({ messageId: 'pageArtifact', params: { excerpt: c.excerpt }, at: c.at, excerpt: c.excerpt });
      }
    }
  },
});
