// integrity/spam — gambling, betting, adult or SEO text inside an official document: the signature
// of a compromised government website. Mentions made in order to fight gambling (打击跨境赌博,
// 涉赌违法犯罪) are not spam; promotional wording, casino host names and words no official text
// uses are.
import { defineRule } from '../../types.ts';
import { excerpt, sentenceSpans } from '../text.ts';
import {
  ADULT,
  ALWAYS_SPAM,
  CRACKDOWN,
  GAMBLING,
  GAMBLING_PATTERNS,
  PROMO,
  SPAM_HOST,
} from './spam-terms.ts';

const URL_RE =
  /(?:https?:\/\/|www\.)[\w.-]+(?:\/[\w./?%&=#-]*)?|\b[a-z0-9-]+\.(?:com|net|cc|vip|top|app|xyz|me|co)\b/gi;

function firstOf(text: string, words: string[]): { word: string; at: number } | null {
  let best: { word: string; at: number } | null = null;
  const lower = text.toLowerCase();
  for (const w of words) {
    const at = lower.indexOf(w.toLowerCase());
    if (at >= 0 && (!best || at < best.at)) best = { word: w, at };
  }
  return best;
}

/**
 * The first betting pattern of a paragraph that no crackdown word stands right next to. The
 * window is narrow on purpose: an injected span sits inside official prose full of 依法, 违法 and
 * 宣传, which must not excuse it.
 */
// Words of fighting gambling, narrower than CRACKDOWN: an injected span sits in prose full of 依法,
// 宣传 and 教育, which must not excuse it.
const FIGHTING =
  /打击|整治|严厉|防范|查处|取缔|抵制|远离|严禁|禁止|举报|涉赌|赌博|非法|犯罪|违法|陷阱|警惕|反赌|清理|封堵|关停|侦破|抓获|拒绝|诈骗/;

// Public sport and leisure facilities an official text does write about.
const OFFICIAL_LEISURE = /(?:文化|文体|休闲|群众|全民|健身|公共|社区|乡村|校园|老年)(?:体育|娱乐)/;

function patternHit(text: string): { word: string; at: number; kind: string } | null {
  let best: { word: string; at: number; kind: string } | null = null;
  for (const re of GAMBLING_PATTERNS) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) {
      const at = m.index ?? 0;
      const near = text.slice(Math.max(0, at - 10), at) + text.slice(at + m[0].length, at + m[0].length + 6);
      if (FIGHTING.test(near) || OFFICIAL_LEISURE.test(text.slice(Math.max(0, at - 4), at + m[0].length)))
        continue;
      if (!best || at < best.at) best = { word: m[0], at, kind: '赌博' };
      break;
    }
  }
  return best;
}

export default defineRule({
  meta: {
    id: 'integrity/spam',
    category: 'integrity',
    severity: 'error',
    description: '正文中夹带赌博、博彩、色情或搜索引擎推广等垃圾内容，通常说明发布网站被篡改。',
    messages: {
      spam: '正文中出现与公文无关的{{kind}}内容“{{word}}”，疑似网站被篡改植入，请删除并排查发布系统的安全问题。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      let hit: { word: string; at: number; kind: string } | null = null;
      const always = firstOf(text, ALWAYS_SPAM);
      if (always) hit = { ...always, kind: '赌博推广' };
      if (!hit) {
        for (const m of text.matchAll(URL_RE)) {
          if (SPAM_HOST.test(m[0])) {
            hit = { word: m[0], at: m.index ?? 0, kind: '赌博网站链接' };
            break;
          }
        }
      }
      if (!hit) hit = patternHit(text);
      if (!hit) {
        // Judge each sentence on its own: an injected sentence may sit next to official prose.
        for (const span of sentenceSpans(text)) {
          const sentence = text.slice(span.start, span.end);
          const gambling = firstOf(sentence, GAMBLING);
          const adult = firstOf(sentence, ADULT);
          const subject = gambling
            ? { ...gambling, kind: '赌博' }
            : adult
              ? { ...adult, kind: '色情' }
              : null;
          if (!subject || CRACKDOWN.test(sentence)) continue;
          const promo = firstOf(sentence, PROMO);
          const hasUrl = new RegExp(URL_RE.source, 'i').test(sentence);
          const distinct = [...GAMBLING, ...ADULT].filter((w) => sentence.includes(w)).length;
          // Promotion, a link or a pile of product names, with no sign of writing against it.
          if (promo || hasUrl || distinct >= 2) {
            hit = { ...subject, at: span.start + subject.at };
            break;
          }
        }
      }
      if (!hit) continue;
      ctx.emit({
        messageId: 'spam',
        params: { kind: hit.kind, word: hit.word },
        paragraph: p.index,
        offset: hit.at,
        excerpt: excerpt(text, hit.at, hit.at + hit.word.length, 6, 10),
        data: { word: hit.word, kind: hit.kind },
      });
    }
  },
});
