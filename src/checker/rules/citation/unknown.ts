// citation/unknown — a title that reads like a national law, regulation or central document
// (ends in 法/条例/规定/纲要/规划/意见/办法/决定 …, names no local place) but is not in the knowledge
// base: a misremembered title, or an instrument the knowledge base should add.
import { defineRule } from '../../types.ts';
import { citationsOf } from './citations.ts';

export default defineRule({
  meta: {
    id: 'citation/unknown',
    category: 'citation',
    severity: 'info',
    description: '引用的标题像是国家法律法规或中央文件，但法律知识库中没有，需要核对名称。',
    messages: {
      national:
        '法律知识库中没有《{{title}}》，请核对名称是否与正式文件一致；如确为现行文件，可补充到法律知识库。',
      'newer-edition':
        '法律知识库中没有《{{title}}》（已收录的最近一期为《{{official}}》）；如为新印发的文件，请核对名称并补充到法律知识库。',
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const c of citationsOf(ctx.report)) {
      const r = c.resolution;
      if (r.status !== 'unknown' || seen.has(c.title)) continue;
      seen.add(c.title);
      ctx.emit({
        messageId: r.reason,
        params: { title: c.title, official: r.entry?.name ?? '' },
        paragraph: c.paragraph,
        offset: c.offset,
        excerpt: c.quoted,
        data: { title: c.title, reason: r.reason, ...(r.entry ? { official: r.entry.name } : {}) },
      });
    }
  },
});
