// `npm run bench [-- name…]`: runs the benchmarks listed here (no discovery) and prints each one
// as a table, then all figures again as Markdown to paste into an issue or a pull request.
import { execSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import annualReportDocx from './annual-report-docx.bench.ts';
import checkerFuzz from './checker-fuzz.bench.ts';
import checkerReport from './checker-report.bench.ts';
import checkerSimilarity from './checker-similarity.bench.ts';
import deadlineBoard from './deadline-board.bench.ts';
import firstScreen from './first-screen.bench.ts';
import type { Bench, BenchResult, BenchRow } from './harness.ts';
import ledgerCaseList from './ledger-case-list.bench.ts';
import ledgerIndicators from './ledger-indicators.bench.ts';
import portalSelfcheck from './portal-selfcheck.bench.ts';
import province from './scale/province.bench.ts';

const benches: Bench[] = [
  checkerReport,
  checkerSimilarity,
  checkerFuzz,
  ledgerCaseList,
  ledgerIndicators,
  deadlineBoard,
  annualReportDocx,
  firstScreen,
  portalSelfcheck,
];
/** Run only when named (`npm run bench -- province`): minutes long and PostgreSQL only. */
const onRequest: Bench[] = [province];

function cell(row: BenchRow): string {
  return typeof row.value === 'number'
    ? `${row.value.toLocaleString('en-US')}${row.unit ? ` ${row.unit}` : ''}`
    : `${row.value}${row.unit ? ` ${row.unit}` : ''}`;
}

function textTable(rows: BenchRow[]): string {
  const w0 = Math.max(6, ...rows.map((r) => r.metric.length));
  const w1 = Math.max(5, ...rows.map((r) => cell(r).length));
  const line = (a: string, b: string, c: string) => `  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd();
  return [
    line('metric', 'value', 'note'),
    line('-'.repeat(w0), '-'.repeat(w1), ''),
    ...rows.map((r) => line(r.metric, cell(r), r.note ?? '')),
  ].join('\n');
}

function markdown(results: { bench: Bench; result: BenchResult; ms: number }[]): string {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // not a git checkout
  }
  const env = `node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), commit ${commit}, ${new Date().toISOString().slice(0, 10)}`;
  const out = [`### Benchmarks`, '', env, ''];
  for (const { bench, result, ms } of results) {
    out.push(
      `#### ${bench.title} (\`${bench.name}\`, ${(ms / 1000).toFixed(1)} s)`,
      '',
      '| metric | value | note |',
      '| --- | ---: | --- |',
    );
    for (const r of result.rows) out.push(`| ${r.metric} | ${cell(r)} | ${r.note ?? ''} |`);
    if (result.notes?.length) out.push('', ...result.notes.map((n) => `- ${n}`));
    out.push('');
  }
  return out.join('\n');
}

const filters = process.argv.slice(2);
const selected = filters.length
  ? [...benches, ...onRequest].filter((b) => filters.some((f) => b.name.includes(f)))
  : benches;
if (selected.length === 0) {
  console.error(
    `没有匹配的基准测试：${filters.join(' ')}（可选：${[...benches, ...onRequest].map((b) => b.name).join(', ')}）`,
  );
  process.exit(2);
}
const results: { bench: Bench; result: BenchResult; ms: number }[] = [];
for (const bench of selected) {
  console.log(`\n== ${bench.title} (${bench.name})`);
  const start = performance.now();
  const result = await bench.run();
  const ms = performance.now() - start;
  results.push({ bench, result, ms });
  console.log(textTable(result.rows));
  for (const n of result.notes ?? []) console.log(`  * ${n}`);
  console.log(`  (${(ms / 1000).toFixed(1)} s)`);
}
console.log('\n---- Markdown (paste into an issue) ----\n');
console.log(markdown(results));
