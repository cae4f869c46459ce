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
  // seen on 政府信息公开 pages that print the catalogue as a bullet or dash list (issue 17)
  '效力状态',
  '公开属性',
  '公开类别',
  '信息类别',
  '所属机构',
  '所属部门',
  '发文单位',
  '公文种类',
  '文种',
  '实施日期',
  '施行日期',
  '失效日期',
  '有效期',
  '责任部门',
  '发布人',
  '撰稿人',
  '审核人',
  '时效性',
  '成文时间',
  '发文时间',
  '公文生成日期',
  '备注/文号',
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

/**
 * A list mark in front of a catalogue entry: disclosure pages print their catalogue as a bullet
 * list ("• 公开方式：主动公开") or, after conversion to Markdown, a dash list ("- 效力状态：有效").
 */
const LIST_MARK = /^(?:[•·●○◆◇▪■□►▶‣∙]|[-–—*+](?=[ \u3000]))[ \u3000]*/;
const META_KEY_ONLY = new RegExp(
  `^(?:[[【][ \\u3000]*)?(?:${KEY_ALT})(?:[ \\u3000]*[\\]】])?[ \\u3000]*[:：]?$`,
);
const TABLE_RULE = /^[|｜]?(?:[ \u3000]*:?-{2,}:?[ \u3000]*[|｜])+(?:[ \u3000]*:?-{2,}:?[ \u3000]*)?$/;

/**
 * Parses a catalogue printed as a table row, "索引号 | 1150… | 发布日期 | 2025-12-22 |" (cells
 * alternate key and value; the outer pipes are optional). A Markdown rule row ("|---|---|") between
 * two catalogue rows parses to an empty record. Null when the row is not a catalogue row.
 */
export function parseMetaRow(line: string): Record<string, string> | null {
  const t = line.trim();
  if (!/[|｜]/.test(t) || t.length > 400) return null;
  if (TABLE_RULE.test(t)) return {};
  const cells = t
    .replace(/^[|｜]/, '')
    .replace(/[|｜]$/, '')
    .split(/[|｜]/)
    .map((c) => c.trim());
  if (cells.length < 2) return null;
  // cells that each hold "key：value" ("| 索引号:0000/2026-1 | 发文时间:2025-12-22 |")
  if (!META_KEY_ONLY.test(cells[0]) && META_START.test(cells[0].replace(LIST_MARK, ''))) {
    const out: Record<string, string> = {};
    for (const cell of cells) {
      if (!cell) continue;
      const pairs = parseMetaLine(cell);
      if (!pairs) return null;
      for (const [k, v] of Object.entries(pairs)) if (!(k in out)) out[k] = v;
    }
    return out;
  }
  if (!META_KEY_ONLY.test(cells[0])) return null;
  const out: Record<string, string> = {};
  let keys = 0;
  for (let i = 0; i < cells.length; i++) {
    if (!META_KEY_ONLY.test(cells[i])) continue;
    keys++;
    const key = cells[i].replace(/[ \u3000:：[\]【】]/g, '');
    const next = cells[i + 1] ?? '';
    const value = META_KEY_ONLY.test(next) ? '' : next;
    if (!(key in out)) out[key] = value;
    if (value) i++;
  }
  // every other cell is a key, or nearly: a row of prose with one key-like first cell is not a catalogue
  return keys >= Math.max(1, Math.floor(cells.length / 2) - 1) ? out : null;
}

/**
 * Keys some portals print glued to their value, one per list item, with no colon or bracket
 * ("索引号pbxx/2026-00001", "发布机构××县××乡人民政府", "时效性有效"): only keys of three or more
 * characters, which prose does not open a line with.
 */
const GLUED_KEY = new RegExp(
  `^(${[...META_KEYS]
    .filter((k) => k.length >= 3)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![:：])([^。，；！？\\s]{0,60})$`,
);

/** Parses a catalogue line into key/value pairs; null when the line is not one. */
export function parseMetaLine(line: string): Record<string, string> | null {
  const t = line.trim().replace(LIST_MARK, '');
  const glued = GLUED_KEY.exec(t);
  if (glued && !META_START.test(t)) return { [glued[1]]: glued[2] };
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
  // font-size pickers with every size in its own brackets: "字体大小：【大】【中】【小】", "字号：[大][中][小]"
  /(?:字[体号](?:大小)?|文字大小)\s*[:：]?\s*(?:[【[（(]\s*[大中小默认超特]{1,2}\s*[】\])）]\s*[|｜]?\s*){2,}/g,
  // a picker cut off at the end of the line: "【打印】 【字体:"
  /[【[]\s*字[体号](?:大小)?\s*[:：]?\s*(?:[大中小]\s*)*$/g,
  // accessibility and script switches: "无障碍 简体|繁体", "长者模式", "关怀版"
  /无障碍(?:浏览|阅读|模式|通道)?|长者模式|关怀模式|关怀版|适老模式/g,
  /(?:简体|繁体|繁體)(?:中文|版)?\s*[|｜/／]?\s*(?:繁体|繁體|简体)(?:中文|版)?/g,
  // a date widget frozen into the copy: "今天是：2019年10月31日 星期四"
  /(?:今天是|今日是|今天|当前日期|今日)\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:(?:星期|周|礼拜)[一二三四五六日天])?/g,
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|礼拜)[一二三四五六日天]/g,
  /[【[]\s*(?:打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|我要纠错|纠错|返回顶部|顶部|分享|保存本页|下载)\s*[】\]]/g,
  /语音播报|(?:进入|退出)播报模式|语音合成中[，,]?\s*请耐心等待[.。…]*|无障碍阅读|适老化|扫一扫在手机(?:上)?(?:打开|查看)(?:当前|本)?页(?:面)?|用手机扫描二维码|手机扫一扫|扫一扫/g,
  /(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*[:：]?\s*\d+\s*(?:次)?/g,
  /分享到\s*[:：]?/g,
];

/**
 * A breadcrumb of "|" separated navigation items ("首页 | 政务公开 | 法定主动公开内容"): all items
 * short, and at least one of them a portal section name. Kept as data; each kind was seen on the
 * disclosure pages of township governments (issue 17).
 */
const NAV_ITEM =
  /^(?:首页|网站首页|主页|政务公开|信息公开|政府信息公开|政府信息公开目录|法定主动公开内容|主动公开|公开目录|专题专栏|通知公告|工作动态|政策文件|部门文件|规划计划|法治政府建设|法治政府|年度报告|工作报告|其他文件|乡镇动态|镇街动态|信息公开指南|政务服务|互动交流)$/;

function isPipeBreadcrumb(t: string): boolean {
  if (!/[|｜]/.test(t)) return false;
  const items = t
    .split(/\s*[|｜>＞»›]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 2 || items.some((x) => x.length > 16 || /[。，；：:]/.test(x))) return false;
  return items.filter((x) => NAV_ITEM.test(x)).length >= Math.max(1, Math.ceil(items.length / 3));
}

/** Words that make a line chrome when nothing else is left on it. */
const LINE_WORDS =
  /返回顶部|打印本页|打印此页|关闭窗口|关闭本页|加入收藏|收藏本页|我要纠错|保存本页|打印文章|微信|微博|QQ空间|朋友圈|新浪微博|腾讯微博|QQ好友|人人网|豆瓣|打印|关闭|收藏|分享|纠错/g;

// "当前位置：", "您所在的位置：", "您现在所在的位置 :" — any spelling of "where you are" before a colon
const BREADCRUMB =
  /^(?:[您你](?:现在|当前|目前)?(?:所在|所处)?的?(?:当前)?位置|(?:当前|所在|现在)(?:所在)?的?位置|当前页面|当前栏目)\s*[:：]|^(?:网站|门户)?(?:首页|主页)\s*(?:[|｜/／]|>>|->)|^(?:网站)?首页\s*[>＞»›/]|^(?:[^\s>＞»›。，]{1,20}\s*[>＞»›]\s*){2,}[^。，]*$/;
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
    if (BREADCRUMB.test(t) || PAGER.test(t) || isPipeBreadcrumb(t)) return { kind: 'line' };
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
