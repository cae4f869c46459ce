// Every rule in the registry has a doc page docs/rules/<id>.md, and the page's examples are
// executed: each block under “## 错误” must trigger the rule, each block under “## 正确” must not.
// Batch-only and draft-only rules have no single-report examples and only need the page.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './index.ts';
import { check } from './test-util.ts';

const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));

interface Examples {
  wrong: string[];
  right: string[];
}

/** The ```text blocks under the “## 错误” and “## 正确” headings of a doc page. */
function examplesOf(markdown: string): Examples {
  const out: Examples = { wrong: [], right: [] };
  let section: keyof Examples | null = null;
  let block: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (line.trim() === '```') {
        if (section) out[section].push(block.join('\n'));
        block = null;
      } else block.push(line);
      continue;
    }
    if (line.startsWith('## ')) {
      const title = line.slice(3).trim();
      section = title === '错误' ? 'wrong' : title === '正确' ? 'right' : null;
    } else if (line.trim() === '```text') block = [];
  }
  return out;
}

describe('rule docs', () => {
  it('finds the examples of a page', () => {
    const md = '# x\n## 错误\n```text\n甲\n乙\n```\n## 正确\n```text\n丙\n```\n## 参数\n```text\n丁\n```';
    expect(examplesOf(md)).toEqual({ wrong: ['甲\n乙'], right: ['丙'] });
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    const path = `${DOCS}${id}.md`;
    const meta = rule.meta as typeof rule.meta & { batchOnly?: boolean };
    const runnable = !meta.batchOnly && !meta.draftOnly;
    describe(id, () => {
      it('has a doc page', () => {
        expect(existsSync(path), `缺少规则说明 docs/rules/${id}.md`).toBe(true);
      });
      if (!runnable || !existsSync(path)) return;
      const { wrong, right } = examplesOf(readFileSync(path, 'utf8'));
      it('has 错误 and 正确 examples', () => {
        expect(wrong.length).toBeGreaterThan(0);
        expect(right.length).toBeGreaterThan(0);
      });
      it.each(wrong)('错误 example triggers it: %s', (text) => {
        expect(check(rule, text).length).toBeGreaterThan(0);
      });
      it.each(right)('正确 example passes: %s', (text) => {
        expect(check(rule, text).map((r) => r.excerpt)).toEqual([]);
      });
    });
  }
});
