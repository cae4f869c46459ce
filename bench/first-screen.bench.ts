// The JavaScript a browser downloads for the first screens, from a fresh production build (gzip):
// the login page, and a township clerk's home page after signing in (the workbench entry, the
// shell and the home page chunk with everything they import statically; lazy chunks count only
// when the screen asks for them). Figures in KB of 1,024 bytes, gzip level 9, as a browser gets
// them from a server that compresses.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { defineBench } from './harness.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

const root = resolve(import.meta.dirname, '..');
/** Goals of issue 15 (KB gzip). */
const GOALS = { login: 150, home: 400 };

/**
 * What each screen loads, as Vite manifest keys (paths under src/web): the entry and the lazy
 * modules it imports before the screen shows. Keys absent from a build are skipped, so the bench
 * measures older builds (one entry, everything static) as well.
 */
const SCREENS: Array<{ metric: string; keys: string[]; fallback?: string[]; goal: number }> = [
  { metric: 'login page JS', keys: ['login.html'], fallback: ['index.html'], goal: GOALS.login },
  {
    metric: "township clerk's home page JS (after login)",
    keys: ['index.html', 'shell/Workbench.tsx', 'pages/HomePage.tsx'],
    goal: GOALS.home,
  },
];

/** The files a set of manifest entries loads: each one and its static imports, transitively. */
export function filesOf(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return [...files].filter((f) => f.endsWith('.js'));
}

/** A fresh production build with its manifest, and the gzip size of any of its files. */
export interface WebBuild {
  manifest: Manifest;
  gzipOf(file: string): number;
  /** Removes the build. */
  remove(): void;
}

export async function webBuild(): Promise<WebBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'fazhi-web-'));
  try {
    await build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } catch (e) {
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  }
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gz = new Map<string, number>();
  return {
    manifest,
    gzipOf(file) {
      let size = gz.get(file);
      if (size === undefined) {
        size = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
        gz.set(file, size);
      }
      return size;
    },
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** What each screen of SCREENS loads: its JS files and their gzip bytes. */
export function screenSizes(
  web: WebBuild,
): Array<{ metric: string; goal: number; files: string[]; bytes: number }> {
  return SCREENS.map((screen) => {
    const present = screen.keys.filter((k) => web.manifest[k]);
    const files = filesOf(web.manifest, present.length ? present : (screen.fallback ?? []));
    return {
      metric: screen.metric,
      goal: screen.goal,
      files,
      bytes: files.reduce((sum, f) => sum + web.gzipOf(f), 0),
    };
  });
}

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export default defineBench({
  name: 'first-screen',
  title: 'First screen: JavaScript downloaded, gzip (production build)',
  async run() {
    const web = await webBuild();
    try {
      const { manifest, gzipOf } = web;
      const rows = screenSizes(web).map(({ metric, goal, files, bytes }) => {
        const largest = files
          .map((f) => ({ f, size: gzipOf(f) }))
          .sort((a, b) => b.size - a.size)
          .slice(0, 3)
          .map(({ f, size }) => `${f.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(size)}`);
        return {
          metric,
          value: kb(bytes),
          unit: 'KB',
          note: `${files.length} files, goal ≤ ${goal} KB; largest: ${largest.join(', ')}`,
        };
      });
      // After signing in, the files the login page already loaded come from the browser's cache.
      const loginFiles = new Set(filesOf(manifest, ['login.html']));
      const homeNew = filesOf(manifest, SCREENS[1].keys).filter((f) => !loginFiles.has(f));
      rows.push({
        metric: '  of which not loaded by the login page',
        value: kb(homeNew.reduce((sum, f) => sum + gzipOf(f), 0)),
        unit: 'KB',
        note: `${homeNew.length} files`,
      });
      const all = Object.values(manifest)
        .map((c) => c.file)
        .filter((f, i, a) => f.endsWith('.js') && a.indexOf(f) === i);
      rows.push({
        metric: 'whole web app JS',
        value: kb(all.reduce((sum, f) => sum + gzipOf(f), 0)),
        unit: 'KB',
        note: `${all.length} files`,
      });
      return {
        rows,
        notes: [
          'from `vite build` with its manifest: each screen is its entry plus every static import, transitively (what the browser fetches, modulepreload included)',
          'KB = 1,024 bytes of gzip level 9',
        ],
      };
    } finally {
      web.remove();
    }
  },
});
