// Offsets ↔ 1-based line/column in a text. Lines end at \r\n, \n or \r; columns count UTF-16
// code units, as editors and the JSON contract do.
import type { Position } from '../types.ts';

export interface SourceLine {
  /** Offset of the first character of the line. */
  start: number;
  /** The line without its terminator. */
  text: string;
}

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(lines: SourceLine[]) {
    this.starts = lines.map((l) => l.start);
  }

  static of(text: string): LineIndex {
    return new LineIndex(splitLines(text));
  }

  position(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The offset of a position (inverse of `position` for positions inside the text). */
  offset(pos: Position): number {
    return (this.starts[pos.line - 1] ?? 0) + pos.column - 1;
  }
}
