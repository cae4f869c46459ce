// pdfjs-dist's legacy build replaces JSON.stringify, JSON.parse and Array.prototype.push with
// slower polyfills when it loads; loading the PDF reader must leave the natives in place. Checked
// in a plain Node process (the test runner's module sandbox would hide the replacement), by
// identity: core-js makes its polyfills print as "[native code]".
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pdfModule = fileURLToPath(new URL('./pdf.ts', import.meta.url));
const probe = `
const before = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
await import(${JSON.stringify(pdfModule)});
console.log(before.stringify({
  stringify: JSON.stringify === before.stringify,
  parse: JSON.parse === before.parse,
  push: Array.prototype.push === before.push,
  pushEnumerable: Object.getOwnPropertyDescriptor(Array.prototype, 'push').enumerable,
}));
`;

describe('native builtins around pdfjs-dist', () => {
  it('keeps JSON.stringify, JSON.parse and Array.prototype.push native once the PDF reader is loaded', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim().split('\n').at(-1) ?? '')).toEqual({
      stringify: true,
      parse: true,
      push: true,
      pushEnumerable: false,
    });
  }, 30_000);
});
