// The source tree as data for the shape tests (source-shape.test.ts): every .ts/.tsx file under
// src/ with its line count and the relative imports it makes, read statically (no TypeScript).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SourceFile {
  /** Path from the repository root, with forward slashes (src/server/app.ts). */
  path: string;
  lines: number;
  /** Relative imports resolved to repository paths: static, type-only, re-exports and import(). */
  imports: string[];
}

// `import … from './x.ts'`, `export … from './x.ts'`, `import './x.ts'`, `import('./x.ts')`.
const IMPORT =
  /(?:^|[\n;])\s*(?:import|export)\s[^'";]*?\sfrom\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|[\n;])\s*import\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function sourceFiles(): SourceFile[] {
  const abs = walk(join(ROOT, 'src'), []);
  const known = new Set(abs);
  return abs.map((file) => {
    const text = readFileSync(file, 'utf8');
    const imports = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1] ?? m[2] ?? m[3]);
      if (known.has(target)) imports.add(relative(ROOT, target).split('\\').join('/'));
    }
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    return { path: relative(ROOT, file).split('\\').join('/'), lines, imports: [...imports] };
  });
}

/**
 * The import cycles: each strongly connected component of more than one file (or a file that imports
 * itself), given as one cycle through it, e.g. [a, b, a].
 */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const graph = new Map(files.map((f) => [f.path, f.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component);
    }
  };
  for (const f of files) if (!index.has(f.path)) connect(f.path);
  // One concrete cycle per component: a shortest path back to its first file, inside the component.
  return components.map((component) => {
    const inside = new Set(component);
    const start = [...component].sort()[0];
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(previous.get(path[0])!);
          return [...path, start];
        }
        if (inside.has(w) && !previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    return component;
  });
}
