// Pages saved from government portals: the article is found with Readability (over linkedom),
// the catalogue metadata (索引号, 发布机构, 成文日期 …) and the article title are kept as meta.
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { parseMetaLine } from '../normalize/chrome.ts';
import { htmlToLines } from './html-text.ts';
import { decodeText } from './text.ts';

export interface HtmlDoc {
  text: string;
  meta: Record<string, string>;
  title?: string;
  encoding: string;
}

/** Decodes HTML bytes, honouring a declared charset (gb2312/gbk pages are common). */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (
    declared &&
    /^(gb2312|gbk|gb18030|x-gbk|big5)$/.test(declared) &&
    !(bytes[0] === 0xef && bytes[1] === 0xbb)
  ) {
    const enc = declared === 'big5' ? 'big5' : 'gb18030';
    return { text: iconv.decode(Buffer.from(bytes), enc), encoding: enc };
  }
  return decodeText(bytes);
}

/** <meta name="…"> of Chinese government CMS pages, mapped to our catalogue keys. */
const META_TAGS: Record<string, string> = {
  articletitle: '标题',
  pubdate: '发布日期',
  contentsource: '信息来源',
  columnname: '栏目',
  sitename: '网站',
  author: '作者',
  keywords: '关键词',
};

const TITLE_HINT = /报告|总结|情况/;

export function parseHtml(html: string): Omit<HtmlDoc, 'encoding'> {
  const { document } = parseHTML(html);
  const meta: Record<string, string> = {};
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    const key = META_TAGS[name];
    if (key && content && !(key in meta)) meta[key] = content;
  }
  // catalogue metadata, wherever the page prints it (a table, a div of spans …)
  const body = document.body ?? document.documentElement;
  const all = htmlToLines(body as never);
  for (const line of all.lines) {
    const pairs = parseMetaLine(line);
    if (pairs) for (const [k, v] of Object.entries(pairs)) if (v && !(k in meta)) meta[k] = v;
  }

  const pageTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  const h1 = Array.from(document.querySelectorAll('h1, h2'))
    .map((h) => h.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .find((t) => TITLE_HINT.test(t) && t.length <= 80);
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const title = meta['标题'] ?? h1 ?? ogTitle ?? stripSiteSuffix(pageTitle);

  let lines = all.lines;
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      const got = htmlToLines(inner.body as never).lines;
      // Readability sometimes keeps only a fragment of a thinly marked-up page
      const total = all.lines.join('').length;
      if (got.join('').length >= Math.min(200, total * 0.3)) lines = got;
    }
  } catch {
    // fall back to the whole page; normalising strips the chrome
  }
  if (title && !lines.slice(0, 5).some((l) => l.replace(/\s+/g, '') === title.replace(/\s+/g, ''))) {
    // keep the title in the text so findings about it have a place to point to
    lines = [title, ...lines];
  }
  const out: Omit<HtmlDoc, 'encoding'> = { text: lines.join('\n'), meta };
  if (title) out.title = title;
  return out;
}

/** "XX镇2024年法治政府建设情况报告_XX区人民政府" → the article part. */
export function stripSiteSuffix(title: string): string {
  const parts = title
    .split(/\s*(?:[_|｜]|\s[-–—]\s|--)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.find((p) => TITLE_HINT.test(p)) ?? parts[0] ?? '';
}
