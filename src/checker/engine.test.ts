import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_TEXT } from '../../test/fixtures/checker/sample-report.ts';
import { CheckerConfigError, loadConfig, parseConfig } from './config.ts';
import { checkFiles, checkText, exitStatus, RULE_ERROR_ID, renderMessage, resolveRules } from './engine.ts';
import { defineRule } from './types.ts';

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-engine-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const probe = defineRule({
  meta: {
    id: 'test/probe',
    category: 'test',
    severity: 'warning',
    description: '测试规则。',
    messages: { hit: '第{{n}}段含有“{{word}}”，{{missing}}' },
  },
  check({ report, emit }) {
    report.paragraphs.forEach((p, i) => {
      const at = p.text.indexOf('学法');
      if (at >= 0)
        emit({
          messageId: 'hit',
          params: { n: i + 1, word: '学法' },
          paragraph: i,
          offset: at,
          excerpt: '学法',
        });
    });
    emit({ messageId: 'hit', params: { n: 0, word: '开头' }, at: { line: 1, column: 1 }, excerpt: '' });
  },
});
const crasher = defineRule({
  meta: { id: 'test/crash', category: 'test', severity: 'error', description: '总是出错。', messages: {} },
  check() {
    throw new Error('boom');
  },
});

describe('engine', () => {
  it('renders templates, maps paragraph offsets to lines and sorts by position', () => {
    const r = checkText('标题行\n\n全年学法8次。\n再次学法。', { registry: [probe], metrics: false });
    expect(r.findings.map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [3, 3],
      [4, 3],
    ]);
    expect(r.findings[1].message).toBe('第2段含有“学法”，{{missing}}');
    expect(renderMessage('{{ a }}-{{b}}', { a: 1 })).toBe('1-{{b}}');
  });

  it('catches a throwing rule as an info finding and keeps going', () => {
    const r = checkText('全年学法。', { registry: [crasher, probe], metrics: false });
    expect(r.findings.find((f) => f.rule === RULE_ERROR_ID)).toMatchObject({
      severity: 'info',
      data: { rule: 'test/crash' },
    });
    expect(r.findings.filter((f) => f.rule === 'test/probe')).toHaveLength(2);
  });

  it('turns rules off and changes their severity, from options and config files', async () => {
    expect(checkText('学法', { registry: [probe], rules: { 'test/probe': 'off' } }).findings).toEqual([]);
    const path = join(tmp, 'fazhi.config.json');
    writeFileSync(path, JSON.stringify({ rules: { 'test/probe': 'error', 'test/crash': ['off'] } }));
    const config = await loadConfig(path);
    const r = checkText('学法', { registry: [probe, crasher], config, metrics: false });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['test/probe', 'error'],
      ['test/probe', 'error'],
    ]);
    expect(exitStatus([r])).toBe(1);
    // the API option wins over the file
    const r2 = checkText('学法', {
      registry: [probe, crasher],
      config,
      rules: { 'test/probe': 'info' },
      metrics: false,
    });
    expect(r2.findings[0].severity).toBe('info');
  });

  it('rejects unknown rules, bad levels and bad options in Chinese', async () => {
    expect(() => resolveRules({ rules: { 'no/such': 'off' } })).toThrow(/规则“no\/such”不存在/);
    expect(() => parseConfig({ rules: { 'test/probe': 'loud' } })).toThrow(CheckerConfigError);
    expect(() =>
      resolveRules({ ruleOptions: { 'structure/section-missing': { required: ['nothing'] } } }),
    ).toThrow(/选项不正确/);
    await expect(loadConfig(join(tmp, 'missing.json'))).rejects.toThrow(/无法读取配置文件/);
    expect(await loadConfig(join(tmp, 'missing.json'), false)).toBeNull();
    writeFileSync(join(tmp, 'bad.json'), '{ rules: ');
    await expect(loadConfig(join(tmp, 'bad.json'))).rejects.toThrow(/不是有效的 JSON/);
  });

  it('checks files: an unusable file gets its Chinese error, the others are still checked', async () => {
    const good = join(tmp, 'good.txt');
    writeFileSync(good, SAMPLE_TEXT);
    const bad = join(tmp, 'bad.docx');
    writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
    const results = await checkFiles([good, bad, join(tmp, 'gone.txt')]);
    expect(results.map((r) => r.file)).toEqual([good, bad, join(tmp, 'gone.txt')]);
    expect(results[0].error).toBeUndefined();
    expect(results[0].title).toContain('法治政府建设');
    expect(results[0].sections).toHaveLength(5);
    expect(results[1].error).toMatch(/bad\.docx.*损坏/);
    expect(results[2].error).toMatch(/找不到文件/);
    expect(exitStatus(results)).toBe(2);
  });

  it('adds cross-report findings in a batch of reports from different organisations', async () => {
    const shared =
      '坚持把学法用法作为提升干部法治素养的基础工程，建立健全领导干部学法清单制度，将习近平法治思想纳入党委理论学习中心组年度学习计划，全年组织集中学法和专题讲座，干部运用法治思维和法治方式解决问题的能力明显提升。';
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(
      a,
      `甲镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n${shared}\n甲镇人民政府\n2025年1月5日`,
    );
    writeFileSync(
      b,
      `乙镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n${shared}\n乙镇人民政府\n2025年1月6日`,
    );
    const results = await checkFiles([a, b]);
    for (const r of results) expect(r.findings.some((f) => f.rule === 'duplication/cross-report')).toBe(true);
    const off = await checkFiles([a, b], { rules: { 'duplication/cross-report': 'off' } });
    for (const r of off) expect(r.findings.some((f) => f.rule === 'duplication/cross-report')).toBe(false);
  });
});
