#!/usr/bin/env node
// `npm run dev`: the API server (restarted by tsx on every source change, demo county loaded) and the
// Vite dev server (hot reload, /api proxied to the API server), stopped together.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const apiPort = Number(process.env.PORT ?? 3000);
const tsxCli = require.resolve('tsx/cli');

const api = spawn(
  process.execPath,
  [tsxCli, 'watch', '--clear-screen=false', '--exclude', 'src/web/**', 'src/cli/main.ts', 'serve', '--demo'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: String(apiPort) } },
);

process.env.FAZHI_API_URL = `http://127.0.0.1:${apiPort}`;
const { createServer } = await import('vite');
const vite = await createServer({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
await vite.listen();
vite.printUrls();

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (api.exitCode === null) api.kill('SIGTERM');
  await vite.close().catch(() => {});
  const force = setTimeout(() => {
    if (api.exitCode === null) api.kill('SIGKILL');
    process.exit(code);
  }, 5000);
  force.unref();
  if (api.exitCode === null) await new Promise((done) => api.once('exit', done));
  process.exit(code);
}

api.on('exit', (code) => {
  if (!stopping) {
    console.error(`API 服务已退出（${code ?? '信号'}），开发服务器随之停止`);
    void stop(code ?? 1);
  }
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('exit', () => {
  if (api.exitCode === null) api.kill('SIGKILL');
});
