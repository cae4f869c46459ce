// citation/tampered — an official title with text inserted or changed (《中华人民共和国行政某某处罚法》),
// or a plan with a period no edition has (《法治政府建设实施纲要（2025—2030年）》). On a government
// website this is the trace of an edited page; in a draft it is a misquoted law.
import { defineRule } from '../../types.ts';
import { citationsOf } from './citations.ts';

export default defineRule({
  meta: {
    id: 'citation/tampered',
    category: 'citation',
    severity: 'error',
    description: '引用的标题在正式名称中插入、改动了文字，或写了不存在的规划期，疑似误写或被篡改。',
    messages: {
      inserted:
        '《{{title}}》与正式名称《{{official}}》不符，标题中多出“{{inserted}}”，疑似误写或被篡改；请核对原文并改为正式名称。',
      changed:
        '《{{title}}》与正式名称《{{official}}》不符（“{{inserted}}”处有改动），疑似误写或被篡改；请核对原文并改为正式名称。',
      period:
        '《{{title}}》的规划期“{{inserted}}”与正式文件《{{official}}》不符，没有这一期的文件；请核对年份。',
    },
  },
  check(ctx) {
    for (const c of citationsOf(ctx.report)) {
      const r = c.resolution;
      if (r.status !== 'tampered') continue;
      ctx.emit({
        messageId: r.reason,
        params: { title: c.title, official: r.entry.name, inserted: r.inserted },
        paragraph: c.paragraph,
        offset: c.offset,
        excerpt: c.quoted,
        data: {
          title: c.title,
          official: r.entry.name,
          entry: r.entry.id,
          reason: r.reason,
          inserted: r.inserted,
        },
      });
    }
  },
});
