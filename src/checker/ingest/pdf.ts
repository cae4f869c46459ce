// PDF files (pdfjs-dist legacy build, which runs in Node without a worker). Text items are
// grouped into visual lines; page numbers ("— 3 —", "第3页") and running heads repeated on every
// page are dropped; visual lines are rejoined into paragraphs — a line that reaches the right
// margin continues on the next line unless that one is indented, also across a page break.
// First, as a side-effect import (which import sorting leaves in place): it captures the native
// builtins before pdfjs-dist replaces them.
import './native-builtins.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inputErrors } from '../errors.ts';
import { PAGE_ARTIFACT } from '../normalize/chrome.ts';
import { restoreNativeBuiltins } from './native-builtins.ts';

restoreNativeBuiltins();

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface VLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export interface PdfDoc {
  text: string;
  pages: number;
}

export interface PdfTask {
  promise: Promise<PdfDoc>;
  /** Stops parsing (used by the time limit). */
  cancel(): void;
}

export function readPdf(file: string, bytes: Uint8Array): PdfTask {
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let cancelled = false;
  const promise = (async () => {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (e) {
      if ((e as { name?: string })?.name === 'PasswordException') {
        throw inputErrors.unsupported(file, '加密的 PDF 文件（需要密码）');
      }
      throw inputErrors.corrupt(file, ' PDF 文件');
    }
    const pages: VLine[][] = [];
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const it of content.items) {
          if (!('str' in it) || !it.str) continue;
          const [a, b, , d, e, f] = it.transform as number[];
          items.push({
            str: it.str,
            x: e,
            y: f,
            width: it.width,
            height: Math.abs(d) || Math.hypot(a, b) || 10,
          });
        }
        pages.push(toLines(items));
        page.cleanup();
        // pdf.js works in microtasks; give the event loop (and the time limit's timer) a turn
        await new Promise((resolve) => setImmediate(resolve));
        if (cancelled) throw new Error('cancelled');
      }
    } catch (e) {
      if (cancelled) throw e;
      throw inputErrors.corrupt(file, ' PDF 文件');
    } finally {
      void task.destroy();
    }
    return { text: paragraphs(dropRunningHeads(pages)).join('\n'), pages: pages.length };
  })();
  return {
    promise,
    cancel: () => {
      cancelled = true;
      void task.destroy();
    },
  };
}

/** Groups text items into visual lines, top to bottom, left to right. */
function toLines(items: Item[]): VLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].y - it.y) <= Math.max(2, it.height * 0.4)) last.push(it);
    else lines.push([it]);
  }
  return lines.map((ls) => {
    ls.sort((p, q) => p.x - q.x);
    let text = '';
    let end = ls[0].x;
    for (const it of ls) {
      // a visible gap between items of Latin text is a space; CJK runs need none
      if (text && it.x - end > it.height * 0.25 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(it.str)) {
        text += ' ';
      }
      text += it.str;
      end = it.x + it.width;
    }
    const size = ls.reduce((s, it) => s + it.height, 0) / ls.length;
    return { text: text.replace(/\s+$/, ''), left: ls[0].x, right: end, y: ls[0].y, size };
  });
}

const norm = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Drops page numbers and the first/last line when it repeats on most pages. */
function dropRunningHeads(pages: VLine[][]): VLine[][] {
  const cleaned = pages.map((lines) => lines.filter((l) => !PAGE_ARTIFACT.test(l.text.trim())));
  if (cleaned.length >= 2) {
    const need = Math.max(2, Math.ceil(cleaned.length * 0.6));
    for (const pick of [(ls: VLine[]) => ls[0], (ls: VLine[]) => ls[ls.length - 1]]) {
      const counts = new Map<string, number>();
      for (const ls of cleaned) {
        const l = ls.length ? pick(ls) : undefined;
        if (l) counts.set(norm(l.text), (counts.get(norm(l.text)) ?? 0) + 1);
      }
      for (const ls of cleaned) {
        const l = ls.length ? pick(ls) : undefined;
        if (l && (counts.get(norm(l.text)) ?? 0) >= need && l.text.trim().length <= 60)
          ls.splice(ls.indexOf(l), 1);
      }
    }
  }
  return cleaned;
}

const TERMINAL = /[。！？；：!?;:]$|[。！？][”’）)]$/;

/** Rejoins visual lines into paragraphs. */
function paragraphs(pages: VLine[][]): string[] {
  const all = pages.flat();
  if (!all.length) return [];
  const out: string[] = [];
  // the text block's margins, from the lines of ordinary size
  const lefts = all.map((l) => l.left).sort((a, b) => a - b);
  const margin = lefts[Math.floor(lefts.length * 0.1)] ?? lefts[0];
  const rights = all.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? rights[rights.length - 1];
  let current = '';
  let prev: VLine | null = null;
  for (const line of all) {
    const indented = line.left > margin + line.size * 0.8;
    const full = prev ? prev.right >= right - prev.size * 1.5 : false;
    // a change of font size ends a paragraph: the title (2号) never runs on into the 主送 (3号)
    const sameSize = prev ? Math.abs(prev.size - line.size) <= Math.min(prev.size, line.size) * 0.15 : false;
    if (prev && full && !indented && sameSize && !TERMINAL.test(current) && current.length > 0)
      current += line.text;
    else {
      if (current) out.push(current);
      current = line.text;
    }
    prev = line;
  }
  if (current) out.push(current);
  return out;
}
