import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/api/checks.ts';
import { findingSpan, lineSegments, splitLines } from './highlight.ts';

const f = (line: number, column: number, excerpt: string, data?: Record<string, unknown>): Finding => ({
  rule: 'x/y',
  severity: 'warning',
  message: '',
  line,
  column,
  excerpt,
  data,
});

describe('findingSpan', () => {
  const lines = splitLines('标题\r\n广泛宣传了《宪法》《民法典》等\n年我镇**法治政府**建设 and 依法\n调解网');

  it('takes an excerpt that starts at the column', () => {
    expect(findingSpan(lines, f(2, 6, '《宪法》'))).toEqual({ line: 2, start: 5, end: 9 });
  });

  it('takes a value named in data when the excerpt is context', () => {
    expect(findingSpan(lines, f(3, 15, '建设 and 依法', { word: 'and' }))).toEqual({
      line: 3,
      start: 14,
      end: 17,
    });
  });

  it('falls back to the token at the column', () => {
    expect(findingSpan(lines, f(3, 4, '年我镇**法治政府**建设'))).toEqual({ line: 3, start: 3, end: 5 });
    expect(findingSpan(lines, f(4, 3, '三级调解网络'))).toEqual({ line: 4, start: 2, end: 3 });
  });

  it('marks the end of the line when the column is past it, and clamps the line', () => {
    expect(findingSpan(lines, f(4, 9, ''))).toEqual({ line: 4, start: 3, end: 3 });
    expect(findingSpan(lines, f(99, 1, '调解网'))).toEqual({ line: 4, start: 0, end: 3 });
  });
});

describe('lineSegments', () => {
  it('cuts overlapping spans into segments with the worst severity', () => {
    const segs = lineSegments('abcdef', [
      { span: { line: 1, start: 1, end: 4 }, index: 0, severity: 'info' },
      { span: { line: 1, start: 2, end: 5 }, index: 1, severity: 'error' },
      { span: { line: 1, start: 6, end: 6 }, index: 2, severity: 'warning' },
    ]);
    expect(segs.map((s) => [s.text, s.findings, s.severity])).toEqual([
      ['a', [], null],
      ['b', [0], 'info'],
      ['cd', [0, 1], 'error'],
      ['e', [1], 'error'],
      ['f', [], null],
      ['', [2], 'warning'],
    ]);
    expect(segs.at(-1)?.endMark).toBe(true);
  });

  it('keeps a line without findings whole', () => {
    expect(lineSegments('abc', [])).toEqual([{ text: 'abc', start: 0, findings: [], severity: null }]);
  });
});
