// punctuation/truncated-paragraph — a paragraph that stops on 、 ， or ； : the rest of the sentence
// was lost when the report was edited or extracted.
import { defineRule } from '../../types.ts';

const DANGLING = /[、，；,;]$/;

export default defineRule({
  meta: {
    id: 'punctuation/truncated-paragraph',
    category: 'punctuation',
    severity: 'warning',
    description: '段落以顿号、逗号或分号结尾，句子没有写完。',
    messages: {
      truncated: '本段以“{{mark}}”结尾，句子没有写完，请补全内容或改为句号。',
    },
  },
  check(ctx) {
    const paragraphs = ctx.report.paragraphs;
    for (const p of paragraphs) {
      const text = p.text.replace(/[\s\u3000]+$/, '');
      if (!DANGLING.test(text)) continue;
      const mark = text[text.length - 1];
      ctx.emit({
        messageId: 'truncated',
        params: { mark },
        paragraph: p.index,
        offset: text.length - 1,
        excerpt: text.slice(Math.max(0, text.length - 12)),
        data: { mark },
      });
    }
  },
});
