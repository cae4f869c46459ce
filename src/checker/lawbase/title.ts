// Normal forms of a cited title, from strict to loose:
//
//   styleKey   — what a reader sees, minus spaces, markup and quotation marks. Two titles with the
//                same styleKey are written identically.
//   canonical  — brackets, dashes and digits unified, "（2021—2025）" completed to "（2021—2025年）".
//                Titles that differ only here are the same title written with the wrong marks.
//   coreKey    — canonical minus "中华人民共和国" and minus an issuing body in front of "关于"
//                ("国务院办公厅关于…" → "关于…"). The key used to find an entry at all.

import { toHalfWidth } from '../../shared/numerals.ts';

const INVISIBLE = /[\s\u3000\u200b-\u200d\u2060\ufeff*_`]/g;
const QUOTES = /[“”"＂‘’'＇「」『』]/g;
const OPEN_BRACKETS = /[(（[［【〔]/g;
const CLOSE_BRACKETS = /[)）\]］】〕]/g;
const DASHES = /[-‐‑‒–—―－~～〜─━]+/g;
const YEAR_RANGE = /（(\d{4})年?(?:—|至|到)(\d{4})年?）/g;

/** Issuing bodies written in front of a document title ("国务院办公厅关于…"), longest first. */
const ISSUERS = [
  '全国人民代表大会常务委员会',
  '中共中央办公厅、国务院办公厅',
  '中共中央办公厅国务院办公厅',
  '中央宣传部、司法部',
  '中宣部、司法部',
  '全国人大常委会',
  '中共中央、国务院',
  '中共中央国务院',
  '中央全面依法治国委员会',
  '中共中央办公厅',
  '国务院办公厅',
  '中共中央',
  '国务院',
];

/** Spaces, zero-width characters, Markdown emphasis and quotation marks removed; inner 《》 as 〈〉. */
export function styleKey(title: string): string {
  return title.replace(INVISIBLE, '').replace(QUOTES, '').replace(/《/g, '〈').replace(/》/g, '〉');
}

export function canonical(title: string): string {
  return toHalfWidth(styleKey(title))
    .replace(OPEN_BRACKETS, '（')
    .replace(CLOSE_BRACKETS, '）')
    .replace(/[<＜]/g, '〈')
    .replace(/[>＞]/g, '〉')
    .replace(DASHES, '—')
    .replace(YEAR_RANGE, '（$1—$2年）');
}

/** Removes an issuing body written in front of "关于". */
export function stripIssuer(title: string): string {
  for (const issuer of ISSUERS) {
    if (title.startsWith(issuer) && title.startsWith('关于', issuer.length))
      return title.slice(issuer.length);
  }
  return title;
}

export function coreKey(title: string): string {
  return stripIssuer(canonical(title).replace(/^中华人民共和国/, '')).replace(/〈中华人民共和国/g, '〈');
}

const PERIOD_AT_END = /（(\d{4})—(\d{4})年）$/;

/** The plan period written at the end of a canonical title, e.g. [2021, 2025]. */
export function periodOf(canonicalTitle: string): [number, number] | null {
  const m = PERIOD_AT_END.exec(canonicalTitle);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The canonical title without its trailing plan period. */
export function withoutPeriod(canonicalTitle: string): string {
  return canonicalTitle.replace(PERIOD_AT_END, '');
}

const PROVINCES =
  /^(北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门)/;
/** A place name of two to six characters at the start: "云阳县…", "后叶镇…", "潼南区…". */
const PLACE_AT_START =
  /^[\p{Script=Han}]{2,6}?(?:自治区|自治州|自治县|省|市|县|区|镇|乡|街道|旗|盟)(?!域|划|级|场)/u;
/** Common words that end in a place suffix but name no place: "集镇", "城乡", "社区". */
const NOT_PLACES = new Set([
  '集镇',
  '城镇',
  '乡镇',
  '村镇',
  '城市',
  '城区',
  '社区',
  '地区',
  '山区',
  '辖区',
  '街区',
  '小区',
  '园区',
  '景区',
  '城乡',
  '县乡',
  '市县',
  '省市',
]);
const LOCAL_WORDS =
  /^(?:全省|全市|全县|全区|全镇|全乡|全街道|本省|本市|本县|本区|本镇|本乡|我省|我市|我县|我区|我镇|我乡|我街道)/;
const NATIONAL_START = /^(?:中华人民共和国|中国共产党|中共|国务院|全国|中央|国家|最高人民|关于)/;

/** True for a title of a local body: a province, city, county, township or "全县…" document. */
export function isLocalTitle(title: string): boolean {
  const t = canonical(title);
  if (/^\d{4}年/.test(t)) return true; // "2024年全县法治政府建设工作要点"
  if (LOCAL_WORDS.test(t)) return true;
  if (NATIONAL_START.test(t)) return false;
  if (PROVINCES.test(t)) return true;
  const place = PLACE_AT_START.exec(t);
  return place !== null && !NOT_PLACES.has(place[0].slice(-2));
}

/** Endings of the titles of laws, regulations and central documents. */
const NATIONAL_SUFFIX = /(?:法|法典|通则|总则|条例|规定|纲要|规划|意见|办法|决定|决议|准则|细则|规则|解释)$/;
const GENERIC = new Set([
  '法',
  '法律',
  '条例',
  '规定',
  '纲要',
  '规划',
  '意见',
  '办法',
  '决定',
  '决议',
  '准则',
  '细则',
]);

/** True when a title reads like a national law, regulation or central document. */
export function looksNational(title: string): boolean {
  let t = canonical(title);
  // drop trailing parentheticals: （试行）, （2021—2025年）, （修订）
  while (/（[^（）]*）$/.test(t)) t = t.replace(/（[^（）]*）$/, '');
  if (t.length < 3 || GENERIC.has(t)) return false;
  if (isLocalTitle(title)) return false;
  return NATIONAL_SUFFIX.test(t) || (t.startsWith('中华人民共和国') && t.length > 8);
}
