// punctuation/truncated-paragraph — a paragraph that stops on 、 ， or ； : the rest of the sentence
// was lost when the report was edited or extracted.
import type { Paragraph } from '../../types.ts';
import { defineRule } from '../../types.ts';
import { leadingMarker } from '../numbering/sequences.ts';

const DANGLING = /[、，；,;]$/;
/** A sentence ended inside the paragraph. */
const SENTENCE_END = /[。！？!?]/;
// A paragraph opening with an item marker: 一是, （二）, 2., ②, 其次 …
const ITEM_START =
  /^\s*(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]|第[一二三四五六七八九十]{1,3}[，、]|首先|其次|再次|最后)/;

function startsItem(p: Paragraph | undefined): boolean {
  if (!p) return false;
  return (
    ITEM_START.test(p.text) ||
    leadingMarker(p.text) !== null ||
    (p.heading !== null && p.heading.style !== 'none')
  );
}

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
      // Items of a list written one per paragraph end in ； or ， — the list goes on. An item of
      // whole sentences (“2．用好法律顾问。乡政府聘请……”) that stops on ， lost its end.
      const lostEnd =
        mark === '、' ||
        ((mark === '，' || mark === ',') && startsItem(p) && SENTENCE_END.test(text.slice(0, -1)));
      if (!lostEnd && (startsItem(p) || startsItem(paragraphs[p.index + 1]))) continue;
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
