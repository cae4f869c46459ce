// Document numbers (案号, 文号) as GB/T 9704 writes them: 机关代字 + 类别字, the year in 六角括号
// 〔〕, the sequence number and 号 — 城关综执罚立〔2026〕12号. One number is unique per organisation,
// kind (the prefix) and year; the ledgers mark such fields `docNo` in their manifest.
import { toHalfWidth } from './numerals.ts';

export interface DocNumber {
  /** 机关代字 and 类别字, e.g. 城关综执罚立. */
  prefix: string;
  year: number;
  seq: number;
}

/**
 * The canonical spelling: no spaces, ASCII digits, the year in 〔〕 whatever bracket was typed
 * (［］ [] （） () 【】), no leading zeros in the sequence. Text that is not a document number is
 * only trimmed of spaces.
 */
export function normaliseDocNo(text: string): string {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  const parsed = parseDocNo(s);
  return parsed ? formatDocNo(parsed) : s;
}

const DOC_NO = /^(.*?)[〔［[（(【](\d{4})[〕］\]）)】]第?0*(\d+)号$/u;

/** The parts of a document number, or null when the text does not follow the pattern. */
export function parseDocNo(text: string): DocNumber | null {
  const m = DOC_NO.exec(toHalfWidth(text).replace(/\s+/g, ''));
  if (!m) return null;
  const seq = Number(m[3]);
  if (!Number.isSafeInteger(seq) || seq < 1) return null;
  return { prefix: m[1], year: Number(m[2]), seq };
}

export function formatDocNo(n: DocNumber): string {
  return `${n.prefix}〔${n.year}〕${n.seq}号`;
}

/** The short name an organisation signs its numbers with: 城关街道 → 城关, 桃坪乡 → 桃坪. */
export function orgShortName(name: string): string {
  const short = name.replace(/(人民政府|街道办事处|街道|镇|乡)$/u, '');
  return short.length >= 2 ? short : name;
}
