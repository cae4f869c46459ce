// integrity/stray-latin — a foreign (Latin-script) word inside Chinese prose: "政治任务 and 依法行政",
// the trace of a translation or an editing slip. Acronyms (APP, LED, GDP), brand and software names
// (Word, WiFi), units after numbers (50mm) and URLs are ordinary in reports and are left alone.
import { defineRule } from '../../types.ts';
import { CJK_CLOSE, CJK_OPEN, CJK_PUNCT, excerpt, hanRatio, isHan } from '../text.ts';

// Lower-case tokens that reports use on purpose.
const ALLOWED = new Set([
  'app',
  'led',
  'vip',
  'api',
  'ios',
  'email',
  'wechat',
  'apps',
  'wifi',
  'www',
  'com',
  'cn',
  'gov',
  'org',
  'net',
  'http',
  'https',
  'html',
  'htm',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'jpg',
  'png',
  'ok',
  'vs',
  'pk',
  'vlog',
  'mm',
  'cm',
  'km',
  'kg',
  'mg',
  'ml',
  'kw',
  'kwh',
  'mu',
  'ph',
  'ai',
]);

// Capitalised words that are English prose rather than a name.
const ENGLISH_CAPITALISED = new Set([
  'And',
  'The',
  'Of',
  'For',
  'With',
  'To',
  'In',
  'On',
  'Or',
  'At',
  'By',
  'From',
]);

// Short English words that are never Chinese-report vocabulary.
const SHORT_WORDS = new Set([
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'or',
  'is',
  'an',
  'as',
  'be',
  'we',
  'so',
  'if',
  'do',
  'up',
]);

/** A lower-case token reads as an English word: a short function word or a longer word with a vowel. */
function looksLikeWord(lower: string): boolean {
  return SHORT_WORDS.has(lower) || (lower.length >= 3 && /[aeiou]/.test(lower));
}

const TOKEN = /[A-Za-z][A-Za-z'’-]*[A-Za-z]/g;

function sideIsChinese(ch: string): boolean {
  return ch === '' || isHan(ch) || CJK_PUNCT.includes(ch) || CJK_OPEN.includes(ch) || CJK_CLOSE.includes(ch);
}

function neighbour(text: string, i: number, step: 1 | -1): string {
  let j = i;
  while (j >= 0 && j < text.length && (text[j] === ' ' || text[j] === '\u3000')) j += step;
  return text[j] ?? '';
}

export default defineRule({
  meta: {
    id: 'integrity/stray-latin',
    category: 'integrity',
    severity: 'warning',
    description: '中文正文中夹杂了英文单词，例如“政治任务 and 依法行政”。',
    messages: {
      stray: '中文正文中夹杂了外文单词“{{word}}”，疑似翻译或编辑遗留，请改为中文表述或删除。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      if (!/[A-Za-z]/.test(text) || hanRatio(text) < 0.5) continue;
      for (const m of text.matchAll(TOKEN)) {
        const word = m[0];
        const start = m.index ?? 0;
        const end = start + word.length;
        const lower = word === word.toLowerCase();
        if (!(lower || ENGLISH_CAPITALISED.has(word))) continue; // acronyms and names
        if (ALLOWED.has(word.toLowerCase())) continue;
        if (!looksLikeWord(word.toLowerCase())) continue; // vr, gps, ktv: acronyms written in lower case
        const rawBefore = text[start - 1] ?? '';
        const rawAfter = text[end] ?? '';
        // part of an identifier, a URL, an e-mail or a number with a unit
        if (/[0-9./@:_\\#&=?+-]/.test(rawBefore) || /[0-9./@:_\\#&=?+-]/.test(rawAfter)) continue;
        const before = neighbour(text, start - 1, -1);
        const after = neighbour(text, end, 1);
        if (!(sideIsChinese(before) && sideIsChinese(after))) continue;
        if (before === '' && after === '') continue;
        ctx.emit({
          messageId: 'stray',
          params: { word },
          paragraph: p.index,
          offset: start,
          excerpt: excerpt(text, start, end, 6, 6),
          data: { word },
        });
      }
    }
  },
});
