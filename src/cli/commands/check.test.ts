import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_TEXT } from '../../../test/fixtures/checker/sample-report.ts';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const bin = join(root, 'bin/fazhi.js');
const shared = join(root, '../shared');
const corpus = join(shared, 'corpus/reports');
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.warn(`跳过语料测试：找不到 ${corpus}`);

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function fazhi(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { cwd: tmp, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('fazhi check', () => {
  // every run starts the whole command line under tsx: give them time on a busy machine
  const slow = { timeout: 120_000 };

  it('prints text for people and exits 0 without error-level findings', slow, async () => {
    const file = join(tmp, 'report.txt');
    writeFileSync(file, SAMPLE_TEXT);
    const r = await fazhi(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('report.txt');
    expect(r.stdout).toContain('组成部分');
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colours when not a TTY
  });

  it(
    'prints the JSON contract, recurses into directories, exits 1 on errors and 2 on unusable files',
    slow,
    async () => {
      const dir = join(tmp, 'batch');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'untitled.txt'), '一、主要举措和成效\n全年组织学法8次。');
      const one = await fazhi(['check', '--format', 'json', dir]);
      expect(one.code).toBe(1);
      const results = JSON.parse(one.stdout);
      expect(results).toHaveLength(1);
      expect(Object.keys(results[0]).sort()).toEqual([
        'file',
        'findings',
        'metrics',
        'org',
        'sections',
        'title',
        'year',
      ]);
      expect(results[0].findings.some((f: { rule: string }) => f.rule === 'structure/title-missing')).toBe(
        true,
      );

      writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7 garbage');
      const two = await fazhi(['check', '--format', 'json', dir]);
      expect(two.code).toBe(2);
      expect(two.stderr).toMatch(/broken\.pdf.*损坏/);
      expect(JSON.parse(two.stdout)).toHaveLength(2);
    },
  );

  it('reads rule configuration from fazhi.config.json or --config', slow, async () => {
    const file = join(tmp, 'untitled2.txt');
    writeFileSync(file, '一、主要举措和成效\n全年组织学法8次。');
    const cfg = join(tmp, 'custom.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'structure/title-missing': 'off' } }));
    const r = await fazhi(['check', '--format', 'json', '--config', cfg, file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('structure/title-missing');
    writeFileSync(
      join(tmp, 'fazhi.config.json'),
      JSON.stringify({ rules: { 'structure/title-missing': 'info' } }),
    );
    const r2 = await fazhi(['check', '--format', 'json', file]);
    expect(
      JSON.parse(r2.stdout)[0].findings.find((f: { rule: string }) => f.rule === 'structure/title-missing')
        .severity,
    ).toBe('info');
    rmSync(join(tmp, 'fazhi.config.json'));
    writeFileSync(cfg, JSON.stringify({ rules: { 'no/such-rule': 'off' } }));
    const bad = await fazhi(['check', '--config', cfg, file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no/such-rule');
  });

  it.skipIf(!hasCorpus)('checks the corpus reports as JSON', slow, async () => {
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(corpus, f));
    const r = await fazhi(['check', '--format', 'json', ...files]);
    const results = JSON.parse(r.stdout);
    expect(results).toHaveLength(files.length);
    for (const res of results) {
      expect(res.title).toBeTruthy();
      expect(res.sections.length).toBeGreaterThan(0);
    }
  });

  it.skipIf(!hasCorpus)('runs under the corpus scorer', slow, async () => {
    const { stdout } = await run(
      'node',
      [join(shared, 'tools/score-corpus.mjs'), '--cmd', `node ${bin} check --format json`],
      { cwd: root, maxBuffer: 64 << 20 },
    );
    const summary = stdout.trim().split('\n').at(-1) ?? '';
    expect(summary).toMatch(/^findings recall/);
    expect(summary).toContain('sections 100.0%');
  });
});
