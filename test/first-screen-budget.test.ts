// The first screens' JavaScript budget (issue 15): the login page ≤ 150 KB and a township clerk's
// home page ≤ 400 KB, gzip, from a fresh production build, measured as the `first-screen` bench
// measures them. A size, not a time: it holds on any machine. A page that brings a large library
// onto the first screen fails here, not in a browser on a township's slow line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kb, screenSizes, type WebBuild, webBuild } from '../bench/first-screen.bench.ts';

describe('first screen JS budget', () => {
  let web: WebBuild;
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    // vitest sets NODE_ENV=test, which would build React's development bundle
    process.env.NODE_ENV = 'production';
    try {
      web = await webBuild();
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }, 180_000);
  afterAll(() => web?.remove());

  it('keeps the login page and the clerk home page within their goals', () => {
    const sizes = screenSizes(web);
    expect(sizes.map((s) => s.metric)).toEqual([
      'login page JS',
      "township clerk's home page JS (after login)",
    ]);
    for (const s of sizes) {
      const largest = s.files
        .map((f) => `${f} ${kb(web.gzipOf(f))} KB`)
        .sort((a, b) => Number.parseFloat(b.split(' ')[1]) - Number.parseFloat(a.split(' ')[1]))
        .slice(0, 5);
      expect(
        kb(s.bytes),
        `${s.metric}: ${kb(s.bytes)} KB gzip over its ${s.goal} KB; largest files: ${largest.join(', ')}`,
      ).toBeLessThanOrEqual(s.goal);
    }
    // the login page needs neither React nor antd
    expect(sizes[0].files.some((f) => /vendor-react|antd/.test(f))).toBe(false);
  });
});
