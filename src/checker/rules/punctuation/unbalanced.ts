// punctuation/unbalanced — paired marks left open or closed without opening inside one paragraph:
// “ without ”, 《 without 》, （ without ）, 【 without 】, 〔 without 〕.
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';

interface Pair {
  open: string;
  close: string;
  name: string;
}

// Full-width and ASCII parentheses close each other: a mixed pair is a half-width problem, not an
// unbalanced one.
const PAIRS: Pair[] = [
  { open: '“', close: '”"', name: '引号' },
  { open: '《', close: '》', name: '书名号' },
  { open: '（(', close: '）)', name: '括号' },
  { open: '【', close: '】', name: '方括号' },
  { open: '〔', close: '〕', name: '六角括号' },
];

/** A closing parenthesis used as a list marker: 1） a) 一） at the start of a clause. */
function isListMarkerClose(text: string, i: number): boolean {
  const m = /(?:^|[\s。；，：、！？])([0-9０-９]{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,2})$/.exec(
    text.slice(0, i),
  );
  return m !== null;
}

export default defineRule({
  meta: {
    id: 'punctuation/unbalanced',
    category: 'punctuation',
    severity: 'warning',
    description: '成对的标点只出现了一半，例如有“没有”、有《没有》、有（没有）。',
    messages: {
      unclosed: '{{name}}“{{mark}}”没有对应的“{{other}}”，请补全或删除多余的标点。',
      unopened: '{{name}}“{{mark}}”前面没有对应的“{{other}}”，请补全或删除多余的标点。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      for (const pair of PAIRS) {
        const opens: number[] = [];
        let strayClose = -1;
        for (let i = 0; i < text.length; i++) {
          const ch = text[i];
          if (ch === '"' && opens.length === 0) continue; // straight quotes: checked elsewhere
          if (pair.open.includes(ch)) opens.push(i);
          else if (pair.close.includes(ch)) {
            if (opens.length > 0) opens.pop();
            else if (strayClose < 0 && !isListMarkerClose(text, i)) strayClose = i;
          }
        }
        if (opens.length > 0) {
          const at = opens[0];
          ctx.emit({
            messageId: 'unclosed',
            params: { name: pair.name, mark: text[at], other: pair.close[0] },
            paragraph: p.index,
            offset: at,
            excerpt: excerpt(text, at, at + 1, 2, 12),
            data: { mark: text[at] },
          });
        }
        if (strayClose >= 0) {
          ctx.emit({
            messageId: 'unopened',
            params: { name: pair.name, mark: text[strayClose], other: pair.open[0] },
            paragraph: p.index,
            offset: strayClose,
            excerpt: excerpt(text, strayClose, strayClose + 1, 12, 2),
            data: { mark: text[strayClose] },
          });
        }
      }
    }
  },
});
