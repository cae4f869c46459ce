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
      halfWidthMany: '本段中文语句中有{{count}}处使用了半角标点“{{mark}}”，请统一改为全角“{{full}}”。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      // One finding per mark and paragraph, with the count: a pasted paragraph may hold dozens.
      const found = new Map<string, { at: number; count: number }>();
      for (let i = 0; i < text.length; i++) {
        const mark = text[i];
        if (!FULL[mark]) continue;
        const before = neighbour(text, i, -1);
        const after = neighbour(text, i, 1);
        let chinese: boolean;
        if (mark === '(') chinese = isChineseSide(before, true) && (isHan(after) || /[0-9]/.test(after));
        else if (mark === ')')
          chinese = (isHan(before) || /[0-9]/.test(before)) && isChineseSide(after, false);
        else {
          // after a Chinese character, a percentage, or a figure followed by Chinese (共12,其中)
          const afterChinese = isChineseSide(after, false);
          const lead =
            isChineseSide(before, true) || /[%％]/.test(before) || (/[0-9]/.test(before) && afterChinese);
          chinese = lead && (afterChinese || /[0-9]/.test(after));
        }
        if (!chinese) continue;
        const seen = found.get(mark);
        if (seen) seen.count++;
        else found.set(mark, { at: i, count: 1 });
      }
      for (const [mark, { at, count }] of found) {
        const full = FULL[mark];
        ctx.emit({
          messageId: count > 1 ? 'halfWidthMany' : 'halfWidth',
          params: { mark, full, count },
          paragraph: p.index,
          offset: at,
          excerpt: excerpt(text, at, at + 1, 4, 4),
          data: { mark, full, count },
        });
      }
    }
  },
});
