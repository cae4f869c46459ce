// Robustness: random and mutated inputs go through normalising, structure and every registered
// rule without throwing, and none takes over 2 s.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_TEXT } from '../../test/fixtures/checker/sample-report.ts';
import { checkReport, RULE_ERROR_ID } from './engine.ts';
import { parseReport } from './structure/index.ts';

const PIECES = [
  '一、',
  '（一）',
  '（1）',
  '1.',
  '①',
  '一是',
  '二是',
  '首先，',
  '最后，',
  '报告',
  '关于2024年法治政府建设情况的报告',
  '某镇人民政府',
  '2025年1月10日',
  '二〇二五年一月十日',
  '存在的问题及原因',
  '下一步工作打算',
  '第一责任人',
  '《中华人民共和国行政处罚法》',
  '《法治政府建设实施纲要（2021—2025年）》',
  '100%',
  '余',
  '超过',
  '3000余份',
  '“',
  '”',
  '《',
  '》',
  '、',
  '，',
  '。',
  '：',
  '**',
  '<br>',
  '&nbsp;',
  '当前位置：首页 > ',
  '索引号：',
  '— 3 —',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\u3000',
  '\t',
];

const randomText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** The sample report with random edits: deletions, duplications, insertions, swapped lines. */
const mutatedText = fc
  .array(
    fc.tuple(
      fc.nat(SAMPLE_TEXT.length),
      fc.nat(40),
      fc.constantFrom('delete', 'duplicate', 'insert', 'swap'),
      fc.constantFrom(...PIECES),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((edits) => {
    let t = SAMPLE_TEXT;
    for (const [at, len, op, piece] of edits) {
      const i = at % (t.length + 1);
      if (op === 'delete') t = t.slice(0, i) + t.slice(i + len);
      else if (op === 'duplicate') t = t.slice(0, i + len) + t.slice(i, i + len) + t.slice(i + len);
      else if (op === 'insert') t = t.slice(0, i) + piece + t.slice(i);
      else {
        const lines = t.split('\n');
        const a = at % lines.length;
        const b = len % lines.length;
        [lines[a], lines[b]] = [lines[b], lines[a]];
        t = lines.join('\n');
      }
    }
    return t;
  });

function checkOne(text: string) {
  const started = performance.now();
  const report = parseReport({ file: 'fuzz.txt', format: 'txt', text, meta: {} });
  const result = checkReport(report);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(2000);
  // a rule that throws is caught by the engine; in the fuzz run none may throw at all
  const crashed = result.findings.filter((f) => f.rule === RULE_ERROR_ID);
  expect(crashed.map((f) => f.message)).toEqual([]);
  for (const f of result.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
  }
}

describe('fuzz', () => {
  it('7,000 random inputs', () => {
    fc.assert(fc.property(randomText, checkOne), { numRuns: 7000 });
  }, 120_000);

  it('3,000 mutated reports', () => {
    fc.assert(fc.property(mutatedText, checkOne), { numRuns: 3000 });
  }, 120_000);
});
