// Every literal audit action the server's source writes is in the catalogue the auditor's page
// labels from (the demo database's actions are checked in test/api/annual-report-county.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCatalogue } from './audit.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('audit catalogue', () => {
  const { actions, entityTypes } = auditCatalogue();
  const known = new Set(actions.map((a) => a.value));

  it('has every literal action the server writes, each with a Chinese label', () => {
    const written = new Set<string>();
    for (const file of sources(join(import.meta.dirname, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\baction: '([a-z_]+\.[a-z_]+)'/g))
        written.add(m[1]);
    }
    expect(written.size).toBeGreaterThan(15);
    expect([...written].filter((a) => !known.has(a))).toEqual([]);
    for (const a of actions) expect(a.label, a.value).toMatch(/[\u4e00-\u9fff]/);
  });

  it('labels each ledger’s verbs and transitions and each record type', () => {
    expect(known.has('disputes.create')).toBe(true);
    expect(known.has('annual_report.sign')).toBe(true);
    expect(actions.find((a) => a.value === 'annual_report.sign')!.label).toBe('年度报告：签发');
    expect(entityTypes.some((e) => e.value === 'disputes.dispute')).toBe(true);
  });
});
