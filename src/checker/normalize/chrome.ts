// What government portal pages wrap around an article: breadcrumbs, toolbars, share buttons,
// view counters, footers — and the catalogue metadata line (索引号 … 发布日期) that is kept as meta.

/** Catalogue keys printed by 政府信息公开 pages, in the spelling we store them under. */
export const META_KEYS = [
  '索引号',
  '发布机构',
  '发文机关',
  '发布单位',
  '发文字号',
  '文号',
  '文件编号',
  '统一编码',
  '成文日期',
  '发布日期',
  '发布时间',
  '公开日期',
  '生效日期',
  '废止日期',
  '主题分类',
  '所属主题',
  '信息分类',
  '体裁分类',
  '组配分类',
  '服务对象',
  '主题词',
  '关键词',
  '信息来源',
  '来源',
  '公开方式',
  '公开范围',
  '公开时限',
  '有效性',
  '时效',
  '标题',
  '名称',
  '作者',
  '责任编辑',
  '编辑',
  '日期',
] as const;

// keys may be printed with spaces between characters ("索 引 号")
const spaced = (k: string) => [...k].join('[ \\u3000]*');
const KEY_ALT = [...META_KEYS]
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');
// a key is followed by a colon ("索引号：…") or, on many portals, printed in brackets
// ("[ 索引号 ] 1150…", "【发布机构】…")
const COLON_KEY = `(${KEY_ALT})[ \\u3000]*[:：]`;
const BRACKET_KEY = `[[【][ \\u3000]*(${KEY_ALT})[ \\u3000]*[\\]】][ \\u3000]*[:：]?`;
const META_START = new RegExp(`^(?:${COLON_KEY}|${BRACKET_KEY})`);
const META_KEY_G = new RegExp(`(?:(?:^|(?<=[\\s\\u3000|｜\\]】]))${COLON_KEY}|${BRACKET_KEY})`, 'g');

/** Parses a catalogue line into key/value pairs; null when the line is not one. */
export function parseMetaLine(line: string): Record<string, string> | null {
  const t = line.trim();
  if (!META_START.test(t) || /[。！？]$/.test(t) || t.length > 300) return null;
  const hits: Array<{ key: string; start: number; end: number }> = [];
  META_KEY_G.lastIndex = 0;
  for (let m = META_KEY_G.exec(t); m; m = META_KEY_G.exec(t)) {
    hits.push({ key: (m[1] ?? m[2]).replace(/[ \u3000]/g, ''), start: m.index, end: m.index + m[0].length });
  }
  if (hits.length === 0) return null;
  const out: Record<string, string> = {};
  hits.forEach((h, i) => {
    const value = t
      .slice(h.end, i + 1 < hits.length ? hits[i + 1].start : t.length)
      .replace(/[|｜]/g, ' ')
      .trim();
    if (!(h.key in out)) out[h.key] = value;
  });
  return out;
}

/**
 * Toolbar words that are chrome wherever they occur; removed even from a line that carries
 * other text (e.g. "发布时间：2024-01-10 浏览次数：76 【字体：大 中 小】").
 */
export const INLINE_CHROME: RegExp[] = [
  /[【[]\s*字[体号]\s*[:：]?\s*(?:[大中小默认]\s*[|｜]?\s*){2,}[】\]]/g,
  /字[体号]\s*[:：]\s*(?:[大中小默认]\s*[|｜]?\s*){2,}/g,
  /[【[]\s*(?:打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|我要纠错|纠错|返回顶部|顶部|分享|保存本页|下载)\s*[】\]]/g,
  /语音播报|(?:进入|退出)播报模式|语音合成中[，,]?\s*请耐心等待[.。…]*|无障碍阅读|适老化|扫一扫在手机(?:上)?(?:打开|查看)(?:当前|本)?页(?:面)?|用手机扫描二维码|手机扫一扫|扫一扫/g,
  /(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*[:：]?\s*\d+\s*(?:次)?/g,
  /分享到\s*[:：]?/g,
];

/** Words that make a line chrome when nothing else is left on it. */
const LINE_WORDS =
  /返回顶部|打印本页|打印此页|关闭窗口|关闭本页|加入收藏|收藏本页|我要纠错|保存本页|打印文章|微信|微博|QQ空间|朋友圈|新浪微博|腾讯微博|QQ好友|人人网|豆瓣|打印|关闭|收藏|分享|纠错/g;

const BREADCRUMB =
  /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|当前页面)\s*[:：]|^(?:网站)?首页\s*[>＞»›/]|^(?:[^\s>＞»›。，]{1,20}\s*[>＞»›]\s*){2,}[^。，]*$/;
const FOOTER =
  /版权所有|ICP备|ICP证|网站标识码|公网安备|网站地图|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]|主办\s*[:：]|承办\s*[:：]|运维单位|联系我们|建议使用.{0,30}浏览器|分辨率|Copyright|©/i;
const PAGER = /^(?:上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关文章|相关新闻|附件下载)\s*[:：]?/;
const LEFTOVER = /^[\s\u3000|｜/\\【】[\]()（）:：·•>＞»、，,.\-—_*]*$/;

export type ChromeVerdict = { kind: 'line' } | { kind: 'inline'; spans: Array<[number, number]> } | null;

/** Decides whether a (trimmed) line is portal chrome, or carries chrome tokens inside. */
export function classifyChrome(line: string): ChromeVerdict {
  const t = line.trim();
  if (!t) return null;
  const prose = /[。！？]/.test(t) && t.length > 40;
  if (!prose) {
    if (BREADCRUMB.test(t) || PAGER.test(t)) return { kind: 'line' };
    if (FOOTER.test(t) && t.length < 160) return { kind: 'line' };
  }
  const spans: Array<[number, number]> = [];
  for (const re of INLINE_CHROME) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  let rest = removeSpans(t, spans);
  if (!prose) rest = rest.replace(LINE_WORDS, '');
  if (LEFTOVER.test(rest) && (spans.length > 0 || rest.length < t.length)) return { kind: 'line' };
  if (spans.length > 0) return { kind: 'inline', spans: mergeSpans(spans) };
  return null;
}

function removeSpans(t: string, spans: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [s, e] of mergeSpans(spans)) {
    out += t.slice(at, s);
    at = e;
  }
  return out + t.slice(at);
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** Page numbers left by PDF or print conversion: "— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3/12". */
export const PAGE_ARTIFACT =
  /^(?:[-—–－‒―~～]+\s*\d{1,4}\s*[-—–－‒―~～]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–－‒―]?\s*\d{1,3}\s*[-—–－‒―]?|Page\s*\d+(?:\s*of\s*\d+)?)$/i;
