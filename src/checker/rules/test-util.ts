// Test helpers for checker rules: parse plain text with the real parser, run one rule on it, and
// a table-driven tester in the manner of ESLint's RuleTester (valid texts report nothing, invalid
// texts report what the table says).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../structure/index.ts';
import type { ParsedReport, Report, Rule } from '../types.ts';

// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
type AnyRule = Rule<any>;

export interface ParseOptions {
  /** Overrides the report year the parser found (null: unknown). */
  year?: number | null;
}

/** Parses plain text through the checker's own parser (normalising, structure, enumerators). */
export function parseText(text: string, options: ParseOptions = {}): ParsedReport {
  const report = parseReport({ file: 'test.txt', format: 'txt', text, meta: {} });
  return options.year === undefined ? report : { ...report, year: options.year };
}

/** Runs one rule over a parsed report and returns what it reported. */
export function runRule(
  rule: AnyRule,
  report: ParsedReport,
  options: Record<string, unknown> = {},
): Report[] {
  const out: Report[] = [];
  const parsed = rule.meta.options ? rule.meta.options.parse(options) : options;
  rule.check({ report, options: parsed, emit: (r) => out.push(r) });
  return out;
}

/** Parses `text` and runs `rule` on it. */
export function check(rule: AnyRule, text: string, options: ParseOptions = {}): Report[] {
  return runRule(rule, parseText(text, options));
}

export interface InvalidCase {
  text: string;
  /** Text each finding's excerpt must contain, in order; its length is the number of findings. */
  excerpts: string[];
  messageId?: string;
  data?: Record<string, unknown>;
  year?: number | null;
}

export interface ValidCase {
  text: string;
  year?: number | null;
}

/** Table-driven tests of one rule. */
export function testRule(
  rule: AnyRule,
  cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    it('has messages for every message id it uses and a Chinese description', () => {
      expect(rule.meta.description).toMatch(/\p{Script=Han}/u);
      for (const m of Object.values(rule.meta.messages)) expect(m).toMatch(/\p{Script=Han}/u);
    });
    const valid = cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
    it.each(valid)('accepts: $text', ({ text, year }) => {
      expect(check(rule, text, { year }).map((r) => r.excerpt)).toEqual([]);
    });
    it.each(cases.invalid)('reports: $text', ({ text, excerpts, messageId, data, year }) => {
      const found = check(rule, text, { year });
      expect(found.map((r) => r.excerpt)).toHaveLength(excerpts.length);
      excerpts.forEach((e, i) => {
        expect(found[i].excerpt).toContain(e);
        expect(rule.meta.messages[found[i].messageId]).toBeDefined();
      });
      if (messageId) expect(found[0].messageId).toBe(messageId);
      if (data) expect(found[0].data).toMatchObject(data);
    });
  });
}
