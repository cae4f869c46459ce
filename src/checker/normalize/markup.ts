// Markup left in report text by careless copying: HTML tags and entities from web editors,
// Markdown emphasis and heading marks from chat tools and online editors.

export interface MarkupEdit {
  start: number;
  end: number;
  /** Replacement text (decoded entity), empty for removal. */
  replace: string;
  token: string;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  bull: '•',
  times: '×',
  copy: '©',
};

const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s+[^<>]*?)?\s*\/?>/g;
const ENTITY = /&(?:#(\d{1,6})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));/g;
const EMPHASIS = /\*\*|__|~~/g;
const MD_HEADING = /^([ \t\u3000]*)(#{1,6})[ \t\u3000]*(?=\S)/;
const MD_QUOTE = /^([ \t\u3000]*)>[ \t]+(?=\S)/;

/**
 * Digits masked by the site a report was copied from: "****年", "20**年", "**月**日", a list number
 * "*.加强组织领导" or "*、". These are values the reader cannot see, not Markdown emphasis.
 */
const MASKED = /(?<![*])\*{1,8}(?![*])/g;

export interface MaskedValue {
  start: number;
  end: number;
  token: string;
}

/** The masked values of one line ("****年", "*.加强…"); emphasis pairs ("**重点**") are not. */
export function findMasked(line: string): MaskedValue[] {
  const out: MaskedValue[] = [];
  MASKED.lastIndex = 0;
  let open = false; // inside a "**…**" emphasis pair
  for (let m = MASKED.exec(line); m; m = MASKED.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = line.slice(0, start);
    const after = line.slice(end);
    const dateUnit = /^[年月日号]/.test(after);
    const listNumber = /^[ \t\u3000]*$/.test(before) && /^[.．、](?=\S)/.test(after);
    const inDigits = /\d$/.test(before) || /^\d/.test(after);
    if (m[0] === '**') {
      if (open) {
        open = false;
        continue;
      }
      if (!dateUnit && !listNumber && (!inDigits || after.includes('**'))) {
        open = after.includes('**');
        continue;
      }
    } else if (!dateUnit && !listNumber && !inDigits) continue;
    out.push({ start, end, token: line.slice(Math.max(0, start - 2), Math.min(line.length, end + 2)) });
  }
  return out;
}

/** Finds the markup residue in one line of text. */
export function findMarkup(line: string): MarkupEdit[] {
  const edits: MarkupEdit[] = [];
  const masked = findMasked(line);
  TAG.lastIndex = 0;
  for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replace: '', token: m[0] });
  }
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(line); m; m = ENTITY.exec(line)) {
    let ch: string | undefined;
    if (m[1] || m[2]) {
      const code = m[1] ? Number(m[1]) : Number.parseInt(m[2], 16);
      ch = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    } else ch = ENTITIES[m[3].toLowerCase()];
    if (ch !== undefined)
      edits.push({ start: m.index, end: m.index + m[0].length, replace: ch, token: m[0] });
  }
  EMPHASIS.lastIndex = 0;
  for (let m = EMPHASIS.exec(line); m; m = EMPHASIS.exec(line)) {
    // "__" inside identifiers or a blank to fill ("____年") is not emphasis
    if (m[0] === '__' && (/[_A-Za-z0-9]/.test(line[m.index - 1] ?? '') || line[m.index + 2] === '_'))
      continue;
    // "****年": a masked value, not emphasis
    if (masked.some((v) => m.index >= v.start && m.index < v.end)) continue;
    edits.push({ start: m.index, end: m.index + 2, replace: '', token: m[0] });
  }
  const h = MD_HEADING.exec(line) ?? MD_QUOTE.exec(line);
  if (h) edits.push({ start: h[1].length, end: h[0].length, replace: '', token: h[0].trim() });
  // overlapping edits (a tag inside an entity, …): keep the first
  edits.sort((a, b) => a.start - b.start);
  const out: MarkupEdit[] = [];
  for (const e of edits) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}
