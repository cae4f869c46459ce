// citation/nonstandard-name — a known instrument cited by a short or colloquial name where the
// full name is expected (the first citation in the report), or its official title written with the
// wrong brackets, dashes or year marks, abridged, or a plan cited without its period.
import { defineRule } from '../../types.ts';
import { citationsOf } from './citations.ts';

export default defineRule({
  meta: {
    id: 'citation/nonstandard-name',
    category: 'citation',
    severity: 'info',
    description: '法律法规和文件的名称不规范：首次引用使用简称，或括号、连接号、年份写法与正式名称不一致。',
    messages: {
      short: '首次引用法律法规应使用全称，建议将《{{title}}》写作《{{official}}》，后文再用简称。',
      format: '《{{title}}》的括号、连接号或年份写法与正式名称不一致，应写作《{{official}}》。',
      abridged: '《{{title}}》不是完整的正式名称，应写作《{{official}}》。',
      'no-period': '《{{title}}》有多期文件，应写明规划期，例如《{{official}}》。',
    },
  },
  check(ctx) {
    /** Entries already cited by their full name, or already reported for a short name. */
    const seen = new Set<string>();
    for (const c of citationsOf(ctx.report)) {
      const r = c.resolution;
      if (r.status === 'exact') {
        seen.add(r.entry.id);
        continue;
      }
      if (r.status !== 'nonstandard') continue;
      if (r.reason === 'short') {
        if (seen.has(r.entry.id)) continue;
        seen.add(r.entry.id);
      }
      ctx.emit({
        messageId: r.reason,
        params: { title: c.title, official: r.entry.name },
        paragraph: c.paragraph,
        offset: c.offset,
        excerpt: c.quoted,
        data: { title: c.title, official: r.entry.name, entry: r.entry.id, reason: r.reason },
      });
    }
  },
});
