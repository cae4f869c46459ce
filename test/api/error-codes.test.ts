// The error codes of the API are one list (src/shared/api/errors.ts): every code the server can
// answer with is in it, every code in it is sent somewhere, and the web app handles no code the
// server never sends.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, ERROR_CODES } from '../../src/shared/api/errors.ts';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      out.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
  }
  return out;
}

function codesIn(files: Array<{ path: string; text: string }>, patterns: RegExp[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { path, text } of files)
    for (const re of patterns)
      for (const m of text.matchAll(re)) found.set(m[1], [...(found.get(m[1]) ?? []), path]);
  return found;
}

/** Codes thrown by the server: AppError and its helpers and subclasses, and literal error bodies. */
function serverCodes(): Map<string, string[]> {
  const found = codesIn(sources('src/server'), [
    /new AppError\(\s*'([A-Z][A-Z_]+)'/g,
    /\bconflict\(\s*'([A-Z][A-Z_]+)'/g,
    /\bsuper\(\s*'([A-Z][A-Z_]+)'/g,
    /\berror: \{ code: '([A-Z][A-Z_]+)'/g,
  ]);
  // POST /api/calendar/years/parse answers with the notice parser's own codes (422).
  const notice = readFileSync(join(ROOT, 'src/shared/calendar/notice-types.ts'), 'utf8');
  const union = /export type NoticeErrorCode =([^;]+);/.exec(notice)?.[1] ?? '';
  for (const m of union.matchAll(/'([A-Z_]+)'/g)) found.set(m[1], ['src/shared/calendar/notice-types.ts']);
  return found;
}

describe('error codes', () => {
  const server = serverCodes();

  it('finds the codes the server throws', () => {
    expect(server.size).toBeGreaterThan(40);
    expect(server.has('WORKFLOW_REFUSED')).toBe(true);
    expect(server.has('NOTICE_LINE_UNREADABLE')).toBe(true);
  });

  it('lists every code the server can send, with its Chinese meaning', () => {
    const missing = [...server.keys()].filter((c) => !Object.hasOwn(ERROR_CODES, c));
    expect(missing).toEqual([]);
    for (const meaning of Object.values(ERROR_CODES)) expect(meaning).toMatch(/\p{Script=Han}/u);
  });

  it('lists no code the server never sends', () => {
    expect(Object.keys(ERROR_CODES).filter((c) => !server.has(c))).toEqual([]);
  });

  it('has the web app handle only codes the server sends (or the client makes up)', () => {
    const web = codesIn(sources('src/web'), [
      /\bcode\s*[!=]==\s*'([A-Z][A-Z_]+)'/g,
      /\bcode: '([A-Z][A-Z_]+)'/g,
    ]);
    expect(web.size).toBeGreaterThan(3);
    const unknown = [...web].filter(
      ([c]) => !Object.hasOwn(ERROR_CODES, c) && !Object.hasOwn(CLIENT_ERROR_CODES, c),
    );
    expect(unknown).toEqual([]);
  });
});
