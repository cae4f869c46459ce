// Numbering sequences of a report, shared by the numbering rules.
//
// Two kinds of sequence exist: numbered headings/paragraphs (一、 （一） 1. （1） ①) and the
// enumerators inside prose (一是/二是 …). Heading levels are not trusted for grouping, because the
// defect we look for — a sibling written in another style, as in （3）（四） — is exactly what makes a
// parser put siblings on different levels. Instead a stack of open sequences is kept: an item
// continues the nearest open sequence of its own style, or the nearest one whose next ordinal it
// carries (a style change inside one sequence), or opens a nested sequence.
import type { Enumerator, NumberingStyle, Paragraph, ParsedReport } from '../../types.ts';
import { ordinalValue } from '../text.ts';

export type ItemStyle = NumberingStyle;

export interface NumberedItem {
  style: ItemStyle;
  ordinal: number;
  marker: string;
  paragraph: number;
  offset: number;
  /** Ends every open sequence (a new document part: an unnumbered top heading, 附件 …). */
  boundary?: boolean;
  /** The numbered paragraph is a whole sentence (ends in 。！？): an item of a list, not a heading. */
  sentence?: boolean;
}

export interface Sequence {
  items: NumberedItem[];
  styles: Set<ItemStyle>;
  last: number;
  seen: Set<number>;
}

export type SequenceEvent =
  | { type: 'duplicate'; item: NumberedItem; previous: NumberedItem }
  | { type: 'gap'; item: NumberedItem; previous: NumberedItem; expected: number }
  | { type: 'restart'; item: NumberedItem; previous: NumberedItem };

const LEADING: Array<{ style: ItemStyle; re: RegExp }> = [
  { style: 'cn-comma', re: /^([一二三四五六七八九十]{1,3})\s*[、．](?![一二三四五六七八九十两])/ },
  { style: 'cn-paren', re: /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]/ },
  { style: 'arabic-paren', re: /^[（(]\s*(\d{1,2}|[０-９]{1,2})\s*[）)]/ },
  { style: 'arabic-dot', re: /^(\d{1,2}|[０-９]{1,2})\s*[.．、](?![\d０-９])/ },
  { style: 'circled', re: /^([①-⑳])/ },
];

/** The numbering marker a paragraph starts with, if any. */
export function leadingMarker(text: string): { style: ItemStyle; ordinal: number; marker: string } | null {
  const t = text.trimStart();
  for (const { style, re } of LEADING) {
    const m = re.exec(t);
    if (!m) continue;
    const ordinal = ordinalValue(m[1]);
    if (Number.isFinite(ordinal) && ordinal > 0) return { style, ordinal, marker: m[0].trim() };
  }
  return null;
}

const PART_BOUNDARY = /^(附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*[:：]?/;

const SENTENCE_END = /[。！？!?]$/;

function paragraphItem(p: Paragraph): NumberedItem | null {
  const h = p.heading;
  const sentence = SENTENCE_END.test(p.text.trim());
  if (h && h.style !== 'none' && h.style !== 'cn-shi' && h.ordinal !== null) {
    return { style: h.style, ordinal: h.ordinal, marker: h.marker, paragraph: p.index, offset: 0, sentence };
  }
  const lead = leadingMarker(p.text);
  if (lead) {
    const offset = p.text.length - p.text.trimStart().length;
    return { ...lead, paragraph: p.index, offset, sentence };
  }
  if ((h && h.style === 'none' && h.level <= 1) || PART_BOUNDARY.test(p.text.trim())) {
    return { style: 'cn-comma', ordinal: 0, marker: '', paragraph: p.index, offset: 0, boundary: true };
  }
  return null;
}

/** Numbered headings and numbered paragraphs, in document order (boundaries included). */
export function numberedItems(report: ParsedReport): NumberedItem[] {
  const items: NumberedItem[] = [];
  for (const p of report.paragraphs) {
    const item = paragraphItem(p);
    if (item) items.push(item);
  }
  return items;
}

// Characters that make 一是 part of a word (统一是, 唯一是, 之一是 …) rather than an enumerator.
const NOT_ENUMERATOR_BEFORE = '统唯之第万同单专逐划归合整不其';

/** In-prose enumerators grouped by the block of text between numbered headings/paragraphs. */
export function enumeratorBlocks(report: ParsedReport): NumberedItem[][] {
  const items = numberedItems(report);
  const starts = new Set(items.map((i) => i.paragraph));
  const byParagraph = new Map<number, Enumerator[]>();
  for (const e of report.enumerators) {
    const p = report.paragraphs[e.paragraph];
    if (!p) continue;
    if (p.text.slice(e.offset, e.offset + e.marker.length) !== e.marker) continue;
    if (e.style === 'cn-shi') {
      if (!/^[一二三四五六七八九十]{1,3}是$/.test(e.marker)) continue;
      const before = e.offset > 0 ? p.text[e.offset - 1] : '';
      if (before !== '' && NOT_ENUMERATOR_BEFORE.includes(before)) continue;
    }
    // The paragraph's own numbering is an item, not an enumerator.
    if (starts.has(e.paragraph) && p.text.slice(0, e.offset).trim() === '') continue;
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  const blocks: NumberedItem[][] = [];
  let current: NumberedItem[] = [];
  for (const p of report.paragraphs) {
    if (starts.has(p.index) || p.heading) {
      if (current.length) blocks.push(current);
      current = [];
    }
    const list = (byParagraph.get(p.index) ?? []).sort((a, b) => a.offset - b.offset);
    for (const e of list) {
      current.push({
        style: e.style,
        ordinal: e.ordinal,
        marker: e.marker,
        paragraph: e.paragraph,
        offset: e.offset,
      });
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

export interface Analysis {
  sequences: Sequence[];
  events: SequenceEvent[];
}

function newSequence(item: NumberedItem): Sequence {
  return { items: [item], styles: new Set([item.style]), last: item.ordinal, seen: new Set([item.ordinal]) };
}

function append(seq: Sequence, item: NumberedItem): void {
  seq.items.push(item);
  seq.styles.add(item.style);
  seq.seen.add(item.ordinal);
  seq.last = Math.max(seq.last, item.ordinal);
}

function findLast<T>(list: T[], pred: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i])) return i;
  return -1;
}

/**
 * Groups items into sibling sequences and reports duplicates, gaps and restarts.
 * `restartStyles` lists the styles for which starting again at 1 inside the same parent is a
 * defect; for the others a new 1 simply opens a new list.
 */
export function analyse(items: NumberedItem[], restartStyles: ReadonlySet<ItemStyle> = new Set()): Analysis {
  const sequences: Sequence[] = [];
  const events: SequenceEvent[] = [];
  let stack: Sequence[] = [];
  // Sequences already closed, to tell (一)(二) 二、 (三) — numbering continued across parents —
  // from a style change.
  const closed: Sequence[] = [];
  const truncate = (length: number) => {
    closed.push(...stack.slice(length));
    stack.length = length;
  };
  const open = (item: NumberedItem) => {
    const seq = newSequence(item);
    sequences.push(seq);
    stack.push(seq);
  };
  for (const item of items) {
    if (item.boundary) {
      stack = [];
      closed.length = 0;
      continue;
    }
    const same = findLast(stack, (s) => s.styles.has(item.style));
    if (same >= 0) {
      const seq = stack[same];
      const previous = seq.items[seq.items.length - 1];
      if (item.ordinal === seq.last + 1) {
        truncate(same + 1);
        append(seq, item);
      } else if (item.ordinal === 1) {
        truncate(same);
        if (restartStyles.has(item.style) && previous.style === item.style) {
          events.push({ type: 'restart', item, previous });
        }
        open(item);
      } else if (seq.seen.has(item.ordinal)) {
        // （1）（2）（三） under （三）: a sentence repeating an outer ordinal that the list open inside
        // it would carry next is that list's item in the wrong style, not a duplicate heading
        let inner = -1;
        if (item.sentence)
          for (let k = stack.length - 1; k > same && inner < 0; k--)
            if (stack[k].last + 1 === item.ordinal) inner = k;
        if (inner >= 0) {
          truncate(inner + 1);
          append(stack[inner], item);
          continue;
        }
        truncate(same + 1);
        events.push({ type: 'duplicate', item, previous });
        append(seq, item);
      } else if (item.ordinal > seq.last + 1) {
        truncate(same + 1);
        events.push({ type: 'gap', item, previous, expected: seq.last + 1 });
        append(seq, item);
      } else {
        truncate(same + 1);
        append(seq, item);
      }
      continue;
    }
    const carried = item.ordinal > 1 ? findLast(stack, (s) => s.last + 1 === item.ordinal) : -1;
    const lastClosed = closed[findLast(closed, (s) => s.styles.has(item.style))];
    const continuesClosed = lastClosed !== undefined && lastClosed.last + 1 === item.ordinal;
    if (carried >= 0 && !continuesClosed) {
      truncate(carried + 1);
      append(stack[carried], item);
      continue;
    }
    open(item);
  }
  return { sequences, events };
}

/** Heading/paragraph numbering of the whole report. */
export function headingAnalysis(report: ParsedReport): Analysis {
  return analyse(numberedItems(report), new Set<ItemStyle>(['cn-comma', 'cn-paren']));
}

/** Enumerator numbering, block by block. */
export function enumeratorAnalysis(report: ParsedReport): Analysis {
  const all: Analysis = { sequences: [], events: [] };
  for (const block of enumeratorBlocks(report)) {
    const a = analyse(block);
    all.sequences.push(...a.sequences);
    all.events.push(...a.events);
  }
  return all;
}

/** The first item of every run of items written in a style other than the sequence's main one. */
export function styleOutliers(seq: Sequence): Array<{ item: NumberedItem; expected: ItemStyle }> {
  if (seq.styles.size < 2) return [];
  const counts = new Map<ItemStyle, number>();
  for (const i of seq.items) counts.set(i.style, (counts.get(i.style) ?? 0) + 1);
  let main = seq.items[0].style;
  for (const [style, n] of counts) if (n > (counts.get(main) ?? 0)) main = style;
  const out: Array<{ item: NumberedItem; expected: ItemStyle }> = [];
  let inRun = false;
  for (const item of seq.items) {
    const odd = item.style !== main;
    if (odd && !inRun) out.push({ item, expected: main });
    inRun = odd;
  }
  return out;
}

/** A quote starting at the item's marker, for findings. */
export function itemExcerpt(report: ParsedReport, item: NumberedItem, length = 12): string {
  const text = report.paragraphs[item.paragraph]?.text ?? '';
  return text.slice(item.offset, item.offset + length).trim();
}

/** How each numbering style looks, for messages. */
export const STYLE_SAMPLE: Record<ItemStyle, string> = {
  'cn-comma': '一、',
  'cn-paren': '（一）',
  'arabic-dot': '1.',
  'arabic-paren': '（1）',
  circled: '①',
  'cn-shi': '一是',
  'cn-seq': '首先',
};
