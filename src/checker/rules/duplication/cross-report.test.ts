import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedReport, Report } from '../../types.ts';
import { rules } from '../index.ts';
import rule, { Options } from './cross-report.ts';

describe('duplication/cross-report', () => {
  it('is declared in the registry as a batch-only warning', () => {
    expect(rules).toContain(rule);
    expect(rule.meta).toMatchObject({
      id: 'duplication/cross-report',
      category: 'duplication',
      severity: 'warning',
      batchOnly: true,
    });
    expect(rule.meta.messages.copied).toContain('{{other}}');
  });

  it('reports nothing for a single report: the engine runs the batch pass', () => {
    const out: Report[] = [];
    const report = { paragraphs: [], text: '' } as unknown as ParsedReport;
    rule.check({ report, options: Options.parse({}), emit: (r) => out.push(r) });
    expect(out).toEqual([]);
  });

  it('has a doc page marked as a batch rule', () => {
    const doc = readFileSync(
      new URL('../../../../docs/rules/duplication/cross-report.md', import.meta.url),
      'utf8',
    );
    expect(doc.split('\n')).toContain('批量检查规则');
  });
});
