// integrity/web-chrome — what normalising removed from a page copied off a portal: breadcrumbs,
// toolbars, share buttons, view counters, footers; and catalogue lines kept as metadata.
import { defineRule } from '../../types.ts';

export default defineRule({
  meta: {
    id: 'integrity/web-chrome',
    category: 'integrity',
    severity: 'info',
    description: '正文中夹带网页导航、工具栏、分享按钮、页脚等网页元素，体检时已将其去除。',
    messages: {
      chrome: '已去除网页元素“{{excerpt}}”。若报告由网页复制而来，请删除正文中的网页导航、按钮和页脚。',
      meta: '已将网页目录信息“{{excerpt}}”作为元数据保留，不计入正文。',
    },
  },
  check({ report, emit }) {
    for (const c of report.changes) {
      if (c.kind !== 'web-chrome') continue;
      const excerpt = c.excerpt.length > 40 ? `${c.excerpt.slice(0, 40)}…` : c.excerpt;
      emit({
        messageId: c.detail === 'meta' ? 'meta' : 'chrome',
        params: { excerpt },
        at: c.at,
        excerpt: c.excerpt,
      });
    }
  },
});
