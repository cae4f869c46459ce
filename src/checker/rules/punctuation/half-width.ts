// punctuation/half-width — ASCII , ; : ? ! ( ) inside Chinese prose, where the full-width mark
// belongs (GB/T 15834-2011 《标点符号用法》).
import { defineRule } from '../../types.ts';
import { CJK_CLOSE, CJK_OPEN, excerpt, isHan } from '../text.ts';

const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

function neighbour(text: string, i: number, step: 1 | -1): string {
  let j = i + step;
  while (j >= 0 && j < text.length && text[j] === ' ') j += step;
  return text[j] ?? '';
}

function isChineseSide(ch: string, closing: boolean): boolean {
  return ch !== '' && (isHan(ch) || (closing ? CJK_CLOSE : CJK_OPEN).includes(ch));
}

export default defineRule({
  meta: {
    id: 'punctuation/half-width',
    category: 'punctuation',
    severity: 'info',
    description: '中文行文中使用了英文半角标点（, ; : ? ! ( )）。',
    messages: {
      halfWidth: '中文语句中使用了半角标点“{{mark}}”，请改为全角“{{full}}”。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      for (let i = 0; i < text.length; i++) {
        const mark = text[i];
        const full = FULL[mark];
        if (!full) continue;
        const before = neighbour(text, i, -1);
        const after = neighbour(text, i, 1);
        let chinese: boolean;
        if (mark === '(') chinese = isChineseSide(before, true) && (isHan(after) || /[0-9]/.test(after));
        else if (mark === ')')
          chinese = (isHan(before) || /[0-9]/.test(before)) && isChineseSide(after, false);
        else chinese = isChineseSide(before, true) && (isChineseSide(after, false) || /[0-9]/.test(after));
        if (!chinese) continue;
        ctx.emit({
          messageId: 'halfWidth',
          params: { mark, full },
          paragraph: p.index,
          offset: i,
          excerpt: excerpt(text, i, i + 1, 4, 4),
          data: { mark, full },
        });
      }
    }
  },
});
