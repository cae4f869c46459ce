// The shape of the source tree (issue 16): no import cycles, no oversized modules.
import { describe, expect, it } from 'vitest';
import { importCycles, sourceFiles } from './source-files.ts';

const files = sourceFiles();

describe('source shape', () => {
  it('finds the source files and their imports', () => {
    const app = files.find((f) => f.path === 'src/server/app.ts');
    expect(app?.imports).toContain('src/server/routes/index.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no import cycle in src/ (static, type-only, re-exports and import() alike)', () => {
    expect(importCycles(files).map((c) => c.join(' → '))).toEqual([]);
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
