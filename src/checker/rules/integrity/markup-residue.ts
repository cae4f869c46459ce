// integrity/markup-residue — Markdown marks (**, ##) and HTML tags or entities (<br>, &nbsp;)
// left in the text by online editors and chat tools; removed while normalising.
import { defineRule } from '../../types.ts';

export default defineRule({
  meta: {
    id: 'integrity/markup-residue',
    category: 'integrity',
    severity: 'info',
    description: '正文中残留 Markdown 或 HTML 标记（如 **、##、<br>、&nbsp;），体检时已将其去除。',
    messages: {
      residue: '正文中残留标记“{{token}}”，体检时已去除。请在原文中删除该标记，改用文档的格式设置。',
    },
  },
  check({ report, emit }) {
    for (const c of report.changes) {
      if (c.kind !== 'markup-residue') continue;
      emit({ messageId: 'residue', params: { token: c.detail ?? c.excerpt }, at: c.at, excerpt: c.excerpt });
    }
  },
});
