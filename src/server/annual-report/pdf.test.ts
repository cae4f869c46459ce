// The PDF converter's limits, with a stand-in for soffice (a shell script that writes the PDF the
// way LibreOffice does, slowly): two conversions at once, eight waiting, the rest refused.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxToPdf, findSoffice, PdfBusyError, PdfUnavailableError, setPdfConversions } from './pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-soffice-'));
const fake = join(dir, 'soffice');
// args: … --outdir DIR INPUT; counts concurrent runs in a lock-free way through marker files
writeFileSync(
  fake,
  `#!/bin/sh
for a; do last="$a"; done
out=""; prev=""
for a; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
marker="${dir}/running.$$"
touch "$marker"
ls "${dir}" | grep -c '^running' >> "${dir}/concurrency"
sleep 0.3
printf '%%PDF-1.7 stand-in' > "$out/report.pdf"
rm -f "$marker"
`,
);
chmodSync(fake, 0o755);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docxToPdf', () => {
  it('runs at most two conversions at once, queues eight and refuses the rest', async () => {
    const docx = Buffer.from('PK stand-in');
    const jobs = Array.from({ length: 11 }, () => docxToPdf(docx, { soffice: fake }));
    const results = await Promise.allSettled(jobs);
    const done = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(done).toHaveLength(10);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(PdfBusyError);
    expect(String((done[0] as PromiseFulfilledResult<Buffer>).value)).toContain('%PDF');
    const seen = readFileSync(join(dir, 'concurrency'), 'utf8').trim().split('\n').map(Number);
    expect(Math.max(...seen)).toBeLessThanOrEqual(2);
    // the slots are all free again
    await expect(docxToPdf(docx, { soffice: fake })).resolves.toBeInstanceOf(Buffer);
  });

  it('runs as many at once as the process is given (FAZHI_PDF_CONVERSIONS)', async () => {
    const docx = Buffer.from('PK stand-in');
    rmSync(join(dir, 'concurrency'), { force: true });
    setPdfConversions(1);
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 4 }, () => docxToPdf(docx, { soffice: fake })),
      );
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      const seen = readFileSync(join(dir, 'concurrency'), 'utf8').trim().split('\n').map(Number);
      expect(Math.max(...seen)).toBe(1);
    } finally {
      setPdfConversions(2);
    }
  });

  it('is unavailable without a LibreOffice command', async () => {
    expect(findSoffice('/nonexistent')).toBeNull();
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(docxToPdf(Buffer.from('PK'))).rejects.toBeInstanceOf(PdfUnavailableError);
    } finally {
      process.env.PATH = path;
    }
  });
});
