// POST /api/checks and GET /api/checks/rules through app.inject, on every dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../test/app.ts';
import { dialects } from '../../../test/db.ts';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../../../test/fixtures/checker/sample-report.ts';
import { MAX_FILES_PER_CHECK } from './checks.ts';

interface FilePart {
  name: string;
  content: string | Buffer;
}

/** A multipart/form-data body with each file under the field `files`. */
function multipart(files: FilePart[]): { body: Buffer; headers: Record<string, string> } {
  const boundary = '----fazhi-test-boundary-7d3f';
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function upload(c: Client, files: FilePart[], query = '') {
  const { body, headers } = multipart(files);
  return c.req('POST', `/api/checks${query}`, body, headers);
}

// Another township's report copied from the sample with the names changed: the batch must flag it.
const COPIED = SAMPLE_TEXT.replaceAll('清溪镇', '石门镇');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
// A ZIP signature followed by garbage: sniffed as DOCX, unreadable as one.
const CORRUPT_DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);

for (const dialect of dialects()) {
  describe(`checks API [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('chengguan.clerk');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('refuses anonymous callers with 401 and users without checker.use with 403', async () => {
      const anon = await upload(t.anon(), [{ name: 'a.txt', content: SAMPLE_TEXT }]);
      expect(anon.status).toBe(401);
      expect(anon.body.error.code).toBe('UNAUTHENTICATED');
      expect((await t.anon().get('/api/checks/rules')).status).toBe(401);

      const auditor = await t.login('auditor');
      const res = await upload(auditor, [{ name: 'a.txt', content: SAMPLE_TEXT }]);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect((await auditor.get('/api/checks/rules')).status).toBe(403);
    });

    it('checks one report and returns the CLI contract, with the original text on request', async () => {
      const res = await upload(clerk, [{ name: '清溪镇报告.txt', content: SAMPLE_TEXT }], '?text=1');
      expect(res.status).toBe(200);
      expect(res.body.pairs).toEqual([]);
      expect(res.body.results).toHaveLength(1);
      const [r] = res.body.results;
      expect(r.file).toBe('清溪镇报告.txt');
      expect(r.title).toBe(SAMPLE_TITLE);
      expect(r.year).toBe(2024);
      expect(r.error).toBeUndefined();
      expect(r.text).toBe(SAMPLE_TEXT);
      expect(r.sections.map((s: { key: string }) => s.key)).toEqual(
        expect.arrayContaining(['measures', 'shortcomings', 'leaders', 'plans']),
      );
      expect(r.metrics.length).toBeGreaterThan(0);
      expect(r.metrics[0]).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          value: expect.any(Number),
          line: expect.any(Number),
        }),
      );
      expect(Array.isArray(r.findings)).toBe(true);

      const plain = await upload(clerk, [{ name: 'a.txt', content: SAMPLE_TEXT }]);
      expect(plain.body.results[0].text).toBeUndefined();
    });

    it('checks several reports as a batch and pairs the copied passages', async () => {
      const res = await upload(
        clerk,
        [
          { name: '清溪镇.txt', content: SAMPLE_TEXT },
          { name: '石门镇.txt', content: COPIED },
        ],
        '?text=1',
      );
      expect(res.status).toBe(200);
      const { results, pairs } = res.body;
      expect(results.map((r: { file: string }) => r.file)).toEqual(['清溪镇.txt', '石门镇.txt']);
      for (const r of results) {
        expect(r.findings.some((f: { rule: string }) => f.rule === 'duplication/cross-report')).toBe(true);
      }
      expect(pairs).toHaveLength(1);
      expect(pairs[0]).toEqual(expect.objectContaining({ a: 0, b: 1 }));
      expect(pairs[0].passages.length).toBeGreaterThan(0);
      const p = pairs[0].passages[0];
      expect(p.a.text).toContain('清溪镇');
      expect(p.b.text).toContain('石门镇');
      expect(results[0].text.split('\n')[p.a.line - 1]).toContain(p.a.text.slice(0, 10));
      expect(results[1].text.split('\n')[p.b.line - 1]).toContain(p.b.text.slice(0, 10));
    });

    it('reports a corrupt .docx as its own error and still checks the others', async () => {
      const res = await upload(clerk, [
        { name: '甲.txt', content: SAMPLE_TEXT },
        { name: '损坏.docx', content: CORRUPT_DOCX },
        { name: '乙.txt', content: COPIED },
      ]);
      expect(res.status).toBe(200);
      const [a, bad, b] = res.body.results;
      expect(bad.file).toBe('损坏.docx');
      expect(bad.error).toMatch(/损坏|无效/);
      expect(bad.findings).toEqual([]);
      for (const r of [a, b]) {
        expect(r.error).toBeUndefined();
        expect(r.title).toBe(r === a ? SAMPLE_TITLE : SAMPLE_TITLE.replace('清溪镇', '石门镇'));
      }
      expect(res.body.pairs).toEqual([expect.objectContaining({ a: 0, b: 2 })]);
    });

    it('answers an unsupported type with a Chinese reason', async () => {
      const res = await upload(clerk, [{ name: '扫描件.png', content: PNG }]);
      expect(res.status).toBe(200);
      expect(res.body.results[0].error).toContain('不是可体检的格式');
      expect(res.body.results[0].error).toContain('PNG');
    });

    it('keeps the names of a batch apart when two uploads are named alike', async () => {
      const res = await upload(clerk, [
        { name: '报告.txt', content: SAMPLE_TEXT },
        { name: '报告.txt', content: COPIED },
      ]);
      expect(res.body.results.map((r: { file: string }) => r.file)).toEqual(['报告.txt', '报告（2）.txt']);
      expect(res.body.pairs).toHaveLength(1);
    });

    it('refuses a request without files and one with too many', async () => {
      const none = await upload(clerk, []);
      expect(none.status).toBe(400);
      expect(none.body.error.code).toBe('NO_FILE');
      const json = await clerk.post('/api/checks', {});
      expect(json.status).toBe(400);

      const many = Array.from({ length: MAX_FILES_PER_CHECK + 1 }, (_, i) => ({
        name: `${i}.txt`,
        content: '短文',
      }));
      const res = await upload(clerk, many);
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('TOO_MANY_FILES');
    });

    it('requires the CSRF token', async () => {
      const { body, headers } = multipart([{ name: 'a.txt', content: SAMPLE_TEXT }]);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/checks',
        payload: body,
        headers: { ...headers, cookie: clerk.cookie ?? '' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF');
    });

    it('lists every rule with its doc page', async () => {
      const res = await clerk.get('/api/checks/rules');
      expect(res.status).toBe(200);
      const items = res.body.items as {
        id: string;
        category: string;
        severity: string;
        doc: string | null;
      }[];
      expect(items.length).toBeGreaterThan(20);
      const dup = items.find((r) => r.id === 'numbering/duplicate');
      expect(dup).toEqual(expect.objectContaining({ category: 'numbering', severity: 'warning' }));
      expect(dup?.doc).toMatch(/^# numbering\/duplicate/);
      for (const r of items) {
        expect(r.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
        expect(['error', 'warning', 'info']).toContain(r.severity);
      }
      expect(items.filter((r) => r.doc === null).map((r) => r.id)).toEqual([]);
    });
  });
}
