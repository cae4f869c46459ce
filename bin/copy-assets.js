#!/usr/bin/env node
// Part of `npm run build`: copies the files the server reads next to its modules (everything under
// src/ that is neither TypeScript nor the web app) into dist/, where tsc does not put them.
import { cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

function* assets(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (path !== join(src, 'web')) yield* assets(path);
    } else if (!/\.tsx?$/.test(e.name)) yield path;
  }
}

let n = 0;
for (const file of assets(src)) {
  cpSync(file, join(root, 'dist', relative(src, file)));
  n++;
}
console.log(`copied ${n} asset files to dist/`);
