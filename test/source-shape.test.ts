// The shape of the source tree (issue 16): no import cycles, no oversized modules.
import { describe, expect, it } from 'vitest';
import { importCycles, sourceFiles } from './source-files.ts';

const files = sourceFiles();

/** No source file (tests included) is longer than this, except the ones listed below. */
const MAX_LINES = 450;

/** Data tables: long because they list things, not because they do several things. */
const DATA_TABLES = [
  'src/checker/lawbase/', // the law knowledge base, one file per group of instruments
  'src/shared/indicators.ts', // the indicator catalogue
  'src/web/labels.ts', // the web app's Chinese labels
  'src/server/ledgers/enforcement/seeds.ts', // the demo year's records
  'src/server/ledgers/petitions/seeds.ts', // the demo year's records
];

const excepted = (path: string) =>
  DATA_TABLES.some((e) => (e.endsWith('/') ? path.startsWith(e) : path === e));

describe('source shape', () => {
  it('finds the source files and their imports', () => {
    const app = files.find((f) => f.path === 'src/server/app.ts');
    expect(app?.imports).toContain('src/server/routes/index.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no import cycle in src/ (static, type-only, re-exports and import() alike)', () => {
    expect(importCycles(files).map((c) => c.join(' → '))).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines except the data tables and the files in flux`, () => {
    const over = files
      .filter((f) => f.lines > MAX_LINES && !excepted(f.path))
      .map((f) => `${f.path} (${f.lines})`);
    expect(over).toEqual([]);
  });

  it('lists only exceptions that exist', () => {
    for (const e of DATA_TABLES)
      expect(
        files.some((f) => f.path.startsWith(e)),
        e,
      ).toBe(true);
  });

  it('finds a cycle when there is one', () => {
    const cycle = importCycles([
      { path: 'a.ts', lines: 1, imports: ['b.ts'] },
      { path: 'b.ts', lines: 1, imports: ['c.ts'] },
      { path: 'c.ts', lines: 1, imports: ['a.ts'] },
      { path: 'd.ts', lines: 1, imports: ['a.ts'] },
    ]);
    expect(cycle).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
