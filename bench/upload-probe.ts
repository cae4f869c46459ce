// Issue 12's acceptance probe against a real server process (not part of `npm test`):
// two 1,000,000-row XLSX imports and three DOCX checks of 150 MB of text each, sent at once, while
// /api/health is asked every 100 ms and the server's RSS (all its threads) is read from /proc.
//
//   npx tsx bench/upload-probe.ts            (SQLite in a temporary data directory)
//
// Prints the slowest /api/health answer, the peak RSS and each upload's answer.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { heavyDocx } from '../test/security/heavy.ts';

const PORT = Number(process.env.PROBE_PORT ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'Fazhi@Demo2026';

async function millionRows(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet('矛盾纠纷');
  ws.addRow([
    '纠纷名称（必填）',
    '村（社区）',
    '受理日期（必填）',
    '来源',
    '类型',
    '调解方式',
    '申请人（必填）',
  ]).commit();
  for (let i = 0; i < 1_000_000; i++)
    ws.addRow([
      `导入纠纷${i}`,
      '石桥村',
      '2026-01-05',
      '排查',
      '邻里纠纷',
      '人民调解',
      `王${i % 10}`,
    ]).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

async function waitUp(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('server exited before answering');
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not answer');
}

async function login(username: string) {
  const res = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const body = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: body.csrfToken };
}

async function upload(
  who: { cookie: string; csrf: string },
  url: string,
  field: string,
  name: string,
  bytes: Buffer,
): Promise<string> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)]), name);
  const t0 = performance.now();
  const res = await fetch(`${BASE}${url}`, {
    method: 'POST',
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf },
    body: form,
  });
  const text = await res.text();
  return `${name}: ${res.status} in ${Math.round(performance.now() - t0)} ms — ${text.slice(0, 200)}`;
}

const POLLER = `
const base = process.argv[1];
let answers = 0, failures = 0, slowest = 0, stop = false;
process.on('SIGTERM', () => { stop = true; });
(async () => {
  while (!stop) {
    const t0 = performance.now();
    try { const r = await fetch(base + '/api/health'); if (r.ok) answers++; else failures++; await r.text(); }
    catch { failures++; }
    slowest = Math.max(slowest, performance.now() - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  process.stdout.write(JSON.stringify({ answers, failures, slowest }));
})();
`;

async function main() {
  console.info('building the files…');
  const xlsx = await millionRows();
  const docx = await heavyDocx(50_000_000, { seed: 3, pool: 24 });
  console.info(`XLSX ${(xlsx.length / 1e6).toFixed(1)} MB, DOCX ${(docx.length / 1e6).toFixed(1)} MB`);

  const dir = mkdtempSync(join(tmpdir(), 'fazhi-probe-'));
  const env = { ...process.env, FAZHI_DATA_DIR: dir, PORT: String(PORT), HOST: '127.0.0.1' };
  execFileSync('node', ['bin/fazhi.js', 'demo', '--no-ledgers'], { env, stdio: 'ignore' });
  const server = spawn(
    'node',
    [...(process.env.PROBE_NODE_ARGS?.split(' ') ?? []), 'bin/fazhi.js', 'serve'],
    { env, stdio: 'ignore' },
  );
  try {
    await waitUp(server);
    const pid = server.pid as number;
    const clerk = await login('chengguan.clerk');
    const rss0 = rssMb(pid);
    let peak = rss0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 50);
    // the health poller is a process of its own: this one is busy sending 200 MB of uploads
    const poller = spawn(process.execPath, ['-e', POLLER, BASE], { stdio: ['ignore', 'pipe', 'inherit'] });
    let pollerOut = '';
    poller.stdout?.on('data', (c: Buffer) => {
      pollerOut += c.toString();
    });
    const pollerDone = new Promise((r) => poller.on('exit', r));
    const t0 = performance.now();
    const only = process.env.PROBE_ONLY; // 'xlsx' or 'docx' to send one kind
    const answersOf = await Promise.all([
      ...(only === 'docx'
        ? []
        : ['百万行一.xlsx', '百万行二.xlsx'].map((n) =>
            upload(clerk, '/api/ledgers/disputes/dispute/import', 'file', n, xlsx),
          )),
      ...(only === 'xlsx'
        ? []
        : ['超长一.docx', '超长二.docx', '超长三.docx'].map((n) =>
            upload(clerk, '/api/checks', 'files', n, docx),
          )),
    ]);
    const elapsed = performance.now() - t0;
    poller.kill('SIGTERM');
    await pollerDone;
    clearInterval(sampler);
    const { answers, failures, slowest } = JSON.parse(pollerOut) as Record<string, number>;
    for (const a of answersOf) console.info(a);
    console.info(
      `elapsed ${(elapsed / 1000).toFixed(1)} s; /api/health ${answers} answers, ${failures} failures, slowest ${Math.round(slowest)} ms; ` +
        `RSS ${Math.round(rss0)} MB → peak ${Math.round(peak)} MB; server alive: ${server.exitCode === null}`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
