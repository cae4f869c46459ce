// The DOCX export hands docx a prepared word/fontTable.xml (with the w:altName fallbacks) instead
// of unzipping and re-zipping its output: every other part must be what docx writes itself, and
// the font table docx's own plus the fallbacks.
import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { syntheticRollup } from '../../../test/synthetic-rollup.ts';
import { draftDocument, draftDocx } from './docx.ts';
import { buildDraft } from './draft.ts';

const rollup = syntheticRollup();

async function parts(buf: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    // docProps/core.xml holds the time of writing.
    const xml = await zip.file(name)!.async('string');
    out.set(name, xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…'));
  }
  return out;
}

describe('DOCX font table', () => {
  it('writes docx’s own parts unchanged and its font table with the fallbacks added', async () => {
    const draft = buildDraft(rollup, { date: '2026-01-15' });
    for (const opts of [{}, { forPdf: true, header: { number: '青府〔2026〕1号', signer: '张三' } }]) {
      const ours = await parts(await draftDocx(draft, opts));
      const plain = await parts(await Packer.toBuffer(draftDocument(draft, opts)));
      expect([...ours.keys()]).toEqual([...plain.keys()]);
      for (const [name, xml] of plain)
        if (name !== 'word/fontTable.xml') expect(ours.get(name), name).toBe(xml);
      const fonts = ours.get('word/fontTable.xml') ?? '';
      const own = plain.get('word/fontTable.xml') ?? '';
      for (const m of own.matchAll(/<w:font w:name="([^"]+)"/g)) expect(fonts).toContain(m[0]);
      for (const [name, alt] of [
        ['方正小标宋简体', '华文中宋'],
        ['仿宋_GB2312', '仿宋'],
        ['楷体_GB2312', '楷体'],
        ['黑体', 'SimHei'],
        ['宋体', 'SimSun'],
      ])
        expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
    }
  });
});
