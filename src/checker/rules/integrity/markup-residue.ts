// integrity/markup-residue — Markdown marks (**, ##) and HTML tags or entities (<br>, &nbsp;)
// left in the text by online editors and chat tools; removed while normalising. Digits masked with
// asterisks by the site a copy was taken from ("****年", "*.加强组织领导") are kept and reported once.
import { defineRule } from '../../types.ts';

export default defineRule({
  meta: {
    id: 'integrity/markup-residue',
    category: 'integrity',
    severity: 'info',
    description: '正文中残留 Markdown 或 HTML 标记（如 **、##、<br>、&nbsp;），体检时已将其去除。',
    messages: {
      residue: '正文中残留标记“{{token}}”，体检时已去除。请在原文中删除该标记，改用文档的格式设置。',
      masked:
        '正文中有{{count}}处数字被星号遮盖（如“{{token}}”），多见于网站转载的副本；被遮盖的年份、序号和数字无法读取，请以原件核对。',
    },
  },
  check({ report, emit }) {
    const masked = report.changes.filter((c) => c.kind === 'masked-value');
    if (masked.length) {
      const first = masked[0];
      emit({
        messageId: 'masked',
        params: { count: String(masked.length), token: first.excerpt },
        at: first.at,
        excerpt: first.excerpt,
        data: { count: masked.length },
      });
    }
    for (const c of report.changes) {
      if (c.kind !== 'markup-residue') continue;
      emit({ messageId: 'residue', params: { token: c.detail ?? c.excerpt }, at: c.at, excerpt: c.excerpt });
    }
  },
});
