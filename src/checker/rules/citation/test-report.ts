// Test helpers of the citation rules: a report parsed by the real parser from plain text, with the
// report year set by the test, and a runner that collects what a rule emits.
import { parseReport } from '../../structure/index.ts';
import type { ParsedReport, Report, Rule } from '../../types.ts';

export function reportOf(text: string, year: number | null): ParsedReport {
  const parsed = parseReport({ file: 'test.txt', format: 'txt', text, meta: {} });
  return { ...parsed, year };
}

// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
export function run(rule: Rule<any>, text: string, year: number | null = 2024): Report[] {
  const out: Report[] = [];
  rule.check({ report: reportOf(text, year), options: {}, emit: (r) => out.push(r) });
  return out;
}
