// Looks at a printed PDF as paper: renders each page to PNG with pdf.js inside Chromium (this
// machine has no poppler or ghostscript). pdf.js is served to the page from node_modules through a
// routed origin, so nothing leaves the machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { root } from './harness.ts';

const ORIGIN = 'http://pdf-pages.local';
const BUILD = join(root, 'node_modules/pdfjs-dist/build');

/** Renders every page of `pdf` to `<prefix>-p<N>.png` and returns the paths and each page's text. */
export async function pdfToPngs(
  browser: Browser,
  pdf: Buffer,
  prefix: string,
): Promise<Array<{ png: string; text: string; width: number; height: number }>> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1300 } });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'index.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><body style="margin:0"></body>',
      });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(BUILD, name)) });
  });
  await page.goto(`${ORIGIN}/index.html`);
  // a module script of the page (an import() inside evaluate would be rewritten by vitest)
  await page.addScriptTag({
    type: 'module',
    content:
      "import * as pdfjs from '/pdf.mjs'; pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs'; window.pdfjs = pdfjs;",
  });
  await page.waitForFunction(() => 'pdfjs' in window);
  const count = await page.evaluate(async (b64: string) => {
    // biome-ignore lint/suspicious/noExplicitAny: pdf.js loaded at run time in the page
    const pdfjs = (window as any).pdfjs;
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const doc = await pdfjs.getDocument({ data: bytes }).promise;
    (window as unknown as { doc: unknown }).doc = doc;
    return doc.numPages as number;
  }, pdf.toString('base64'));
  const out: Array<{ png: string; text: string; width: number; height: number }> = [];
  for (let n = 1; n <= count; n += 1) {
    const info = await page.evaluate(async (no: number) => {
      // biome-ignore lint/suspicious/noExplicitAny: pdf.js loaded at run time in the page
      const doc = (window as any).doc;
      const p = await doc.getPage(no);
      const viewport = p.getViewport({ scale: 1.4 });
      document.body.innerHTML = '';
      const canvas = document.createElement('canvas');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      canvas.id = 'page';
      document.body.append(canvas);
      await p.render({ canvasContext: canvas.getContext('2d'), viewport, canvas }).promise;
      const text = (await p.getTextContent()).items.map((i: { str?: string }) => i.str ?? '').join('');
      const base = p.getViewport({ scale: 1 });
      // Chromium's PDF fonts map some CJK characters to Kangxi radicals: NFKC brings them back
      return { text: text.normalize('NFKC'), width: base.width, height: base.height };
    }, n);
    const png = `${prefix}-p${n}.png`;
    writeFileSync(png, await page.locator('#page').screenshot());
    out.push({ png, ...info });
  }
  await context.close();
  return out;
}
