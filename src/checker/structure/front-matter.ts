// The parts of an official document around its body (GB/T 9704): 版头 (issuing organ, 文号,
// 签发人), title, 主送, and at the end 落款 (organ and date), 抄送 and 印发 lines.
import { parseChineseNumber, parseYear } from './numerals.ts';

export interface Para {
  index: number;
  text: string;
  line: number;
}

/** Names of issuing organs, as they end. */
export const ORG_SUFFIX =
  /(?:人民政府|街道办事处|办事处|街道工作委员会|工作委员会|委员会|党委|党工委|镇政府|乡政府|政府|管委会|管理委员会)$/;
const GOV_SUFFIX = /(?:人民政府|办事处|政府|管委会|管理委员会)$/;
const ORG_IN_TEXT =
  /(?:中共)?[\u4e00-\u9fa5]{2,30}?(?:人民政府|街道办事处|办事处|街道工作委员会|工作委员会|委员会|党委|党工委|镇政府|乡政府|管委会)/g;
const SHORT_ORG = /^[\u4e00-\u9fa5]{2,12}(?:镇|乡|街道|苏木)$/;

const DATE_RE =
  /(\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/** Parses "2022年1月13日" or "二〇二四年十二月三十日" into an ISO date. */
export function parseDate(s: string): string | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = parseYear(m[1].replace(/[○Ｏ]/g, '〇'));
  const month = /^\d+$/.test(m[2]) ? Number(m[2]) : parseChineseNumber(m[2]);
  const day = /^\d+$/.test(m[3]) ? Number(m[3]) : parseChineseNumber(m[3]);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Organ names in a line ("中共XX镇委员会  XX镇人民政府"), the government first. */
export function orgsIn(text: string): string[] {
  const found = [...text.replace(/\s+/g, ' ').matchAll(ORG_IN_TEXT)].map((m) => m[0]);
  return found.sort((a, b) => Number(GOV_SUFFIX.test(b)) - Number(GOV_SUFFIX.test(a)));
}

/** A line that is nothing but organ names. */
export function isOrgLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || /[。，；：:！？]/.test(t)) return false;
  return t.split(/[\s\u3000]+/).every((part) => ORG_SUFFIX.test(part) || SHORT_ORG.test(part));
}

const TITLE_END = /(?:报告|总结|情况|汇报|自查报告|述职报告)(?:[（(][^）)]{1,20}[）)])?$/;
const TITLE_TOPIC = /法治|法制|依法行政|依法治|法治政府/;

export interface TitleFound {
  title: string;
  /** The first paragraph of the title (an organ line above it, or its first line). */
  paragraph: number;
  /** The paragraph of its last line. */
  last: number;
  /** The 主送 glued to the title's last line, when it was. */
  recipient?: string;
}

/**
 * A title whose last line was glued to the 主送 line ("…情况的报告县委、县政府："), as PDF
 * extraction does when both lines reach the margin: the title and the recipient.
 */
const TITLE_THEN_RECIPIENT =
  /^(.{6,80}(?:报告|总结|情况|汇报)(?:[（(][^）)]{1,20}[）)])?)([^。，；！？：:]{2,30}(?:委|政府|办|局|部|院|会|处|所|室)[^。，；！？：:]{0,6}[：:])$/;

/** Splits "…的报告区委、区政府：" into the title and the recipient, or null. */
export function splitTitleRecipient(text: string): { title: string; recipient: string } | null {
  const m = TITLE_THEN_RECIPIENT.exec(text.trim());
  if (!m || /[。！？]/.test(m[1])) return null;
  return { title: m[1], recipient: m[2] };
}

/** Spaces PDF extraction puts between CJK and digits ("黄桑乡 2025 年度") and runs of spaces. */
export function tidyTitle(title: string): string {
  return title
    .trim()
    .replace(/(?<=[\u4e00-\u9fff])[\s\u3000]+(?=\d)|(?<=\d)[\s\u3000]+(?=[\u4e00-\u9fff])/g, '')
    .replace(/[\s\u3000]+/g, ' ');
}

/** Finds the title among the paragraphs before the body. */
export function findTitle(paras: Para[]): TitleFound | null {
  let fallback: TitleFound | null = null;
  for (const p of paras) {
    let t = p.text.trim();
    const glued = splitTitleRecipient(t);
    if (glued) t = glued.title;
    if (t.length < 4 || t.length > 90 || /[。；！？]$/.test(t) || /[：:]$/.test(t)) continue;
    if (/[。！？]/.test(t)) continue;
    if (!TITLE_END.test(t) && !/^关于.{2,}(?:报告|总结|情况)/.test(t)) continue;
    const head = titleHead(paras, p);
    const lines = [...head, { ...p, text: t }];
    const first = lines[0];
    const joined = lines.map((q) => q.text.trim()).join('');
    const found: TitleFound = {
      title: withOrgPrefix(paras, first, joined),
      paragraph: firstTitleParagraph(paras, first),
      last: p.index,
    };
    if (glued) found.recipient = glued.recipient;
    if (TITLE_TOPIC.test(joined)) return found;
    fallback ??= found;
  }
  return fallback;
}

/**
 * The lines above a title's last line that belong to it: a title broken over two or three lines
 * ("…镇2025年法治政府建设" / "年度报告"), each an unpunctuated fragment right above the next.
 */
function titleHead(paras: Para[], p: Para): Para[] {
  const out: Para[] = [];
  let next = p;
  for (let i = paras.findIndex((q) => q.index === p.index) - 1; i >= 0 && out.length < 2; i--) {
    const q = paras[i];
    const t = q.text.trim();
    if (q.line < next.line - 2 || t.length < 2 || t.length > 40) break;
    if (/[。，；：:！？、]/.test(t) || DATE_RE.test(t) || TITLE_END.test(t)) break;
    if (isOrgLine(t) && !/关于|\d{4}/.test(t)) break;
    if (!/\d{4}|[〇零一二三四五六七八九]{4}|法治|法制|依法|关于|建设|工作|[镇乡]|街道|政府/.test(t)) break;
    // the lower line must read as the continuation: short, or starting where a title goes on
    if (next === p && p.text.trim().length > 24 && !/^(?:年度|工作|建设|情况|的|报告)/.test(p.text.trim()))
      break;
    out.unshift(q);
    next = q;
  }
  return out;
}

/** "中共XX镇委员会 / XX镇人民政府 / 关于…的报告" on separate lines form one title. */
function titleOrgLines(paras: Para[], p: Para): Para[] {
  const out: Para[] = [];
  const t = p.text.trim();
  if (!/^(?:关于|\d{4}|[〇零一二三四五六七八九]{4}|年度)/.test(t)) return out;
  for (let i = paras.findIndex((q) => q.index === p.index) - 1; i >= 0; i--) {
    const q = paras[i];
    if (!isOrgLine(q.text) || q.line < (out[0]?.line ?? p.line) - 3) break;
    out.unshift(q);
  }
  return out;
}

function withOrgPrefix(paras: Para[], p: Para, text: string): string {
  const orgs = titleOrgLines(paras, p).map((q) => q.text.trim().replace(/[\s\u3000]+/g, ' '));
  return (orgs.length ? orgs.join(' ') : '') + tidyTitle(text);
}

function firstTitleParagraph(paras: Para[], p: Para): number {
  return titleOrgLines(paras, p)[0]?.index ?? p.index;
}

/** The reported year: the first year of the title ("2024年度…", "关于2024年…"). */
export function yearOfTitle(title: string): number | null {
  for (const m of title.matchAll(/(\d{4}|[〇零○一二三四五六七八九]{4})\s*年/g)) {
    const y = parseYear(m[1].replace(/○/g, '〇'));
    if (y && y > 1990 && y < 2100) return y;
  }
  return null;
}

/** The reported year from the opening paragraphs: "2021年，在区委…", "现将2024年…报告如下". */
export function yearOfIntro(paras: Para[]): number | null {
  for (const p of paras) {
    const m =
      /(?:^|现将|我镇|我乡|我街道|全镇|全乡)\s*(\d{4})\s*年(?:度)?(?:以来|，|,|是|工作|法治|我|全)/.exec(
        p.text,
      );
    if (m) {
      const y = Number(m[1]);
      if (y > 1990 && y < 2100) return y;
    }
  }
  return null;
}

/** 主送: a short line ending with a colon that names organs ("区委、区政府："). */
export function findRecipient(paras: Para[]): Para | null {
  for (const p of paras) {
    const glued = splitTitleRecipient(p.text);
    if (glued) return { ...p, text: glued.recipient };
    const t = p.text.trim();
    if (t.length > 48 || !/[：:]$/.test(t)) continue;
    if (/[，。；！？]|如下|签发人|抄送|附件|报告|联系人/.test(t)) continue;
    if (/委|政府|办|局|厅|部|院|会|各|处|所|室|司法/.test(t)) return p;
  }
  return null;
}

export interface SignoffFound {
  org: string | null;
  date: string | null;
  line: number;
  paragraph: number;
}

const TAIL_SKIP =
  /^(?:抄送|抄报|附件|[（(]此件|此页无正文|联系人|联系电话|特此报告|以上报告|专此报告|请审阅|妥否|印发|[（(]联系)/;
const PRINT_LINE = /印发$|\d\s*日\s*印$|日印发|^[^，。]{0,40}(?:办公室|指挥室|党政办)\s*[\d〇零一二]/;

/** 落款: the organ and date closing the document, above 抄送 and 印发 lines. */
export function findSignoff(paras: Para[], bodyEnd: number): SignoffFound | null {
  const last = paras.length - 1;
  const floor = Math.max(bodyEnd + 1, last - 12);
  for (let i = last; i >= floor; i--) {
    const t = paras[i].text.trim();
    if (TAIL_SKIP.test(t)) continue;
    if (PRINT_LINE.test(t)) {
      // the 印发机关 line often stands alone above the 印发日期
      if (i - 1 >= floor && isOrgLine(paras[i - 1].text) && !DATE_RE.test(paras[i - 1].text)) i--;
      continue;
    }
    if (t.length <= 60 && DATE_RE.test(t) && !/[。；！？]/.test(t)) {
      const date = parseDate(t);
      const before = t.slice(0, DATE_RE.exec(t)?.index ?? 0).trim();
      if (before && isOrgLine(before)) {
        return { org: before.replace(/[\s\u3000]+/g, ' '), date, line: paras[i].line, paragraph: i };
      }
      for (let j = i - 1; j >= Math.max(floor, i - 2); j--) {
        if (isOrgLine(paras[j].text)) {
          return {
            org: paras[j].text.trim().replace(/[\s\u3000]+/g, ' '),
            date,
            line: paras[j].line,
            paragraph: j,
          };
        }
      }
      return { org: null, date, line: paras[i].line, paragraph: i };
    }
    if (isOrgLine(t))
      return { org: t.replace(/[\s\u3000]+/g, ' '), date: null, line: paras[i].line, paragraph: i };
    // the body text ends here: no 落款
    return null;
  }
  return null;
}
