// The DOCX export writes word/document.xml from the layout as strings and hands docx the fixed
// parts (styles, footers, a font table with the w:altName fallbacks) ready-made: every part must be
// what docx writes itself for the reference document (`draftDocument`), byte for byte, and the font
// table docx's own plus the fallbacks. Read back, the document has the draft's text.
import { Packer } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { syntheticRollup } from '../../../test/synthetic-rollup.ts';
import { draftDocument, draftDocx } from './docx.ts';
import { buildDraft, type Draft, draftText } from './draft.ts';

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

const HEADER = { number: '青府〔2026〕1号', signer: '张三' };
const RECORD = { cc: ['县司法局', '县政府办公室'], printer: '青石镇党政办公室', printedOn: '2026年1月20日' };
const OPTION_SETS = [
  {},
  { forPdf: true, header: HEADER },
  { header: { number: HEADER.number }, record: RECORD },
  { forPdf: true, header: { ...HEADER, mark: '青石镇人民政府文件' }, record: { printer: RECORD.printer } },
  { record: { cc: RECORD.cc } },
  { record: { printedOn: RECORD.printedOn } },
];

/** A draft whose text needs escaping: markup characters, quotes and a control character. */
function oddDraft(): Draft {
  const draft = buildDraft(rollup, { date: '2026-01-15' });
  return {
    ...draft,
    title: `A&B <报告> "引号" '单引号'`,
    recipient: '',
    opening: `第一段\u0001含控制字符 & 与号 <尖括号>`,
  };
}

describe('DOCX font table', () => {
  it('writes docx’s own parts unchanged and its font table with the fallbacks added', async () => {
    for (const [draft, opts] of [
      ...OPTION_SETS.map((o) => [buildDraft(rollup, { date: '2026-01-15' }), o] as const),
      [oddDraft(), OPTION_SETS[3]] as const,
    ]) {
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

describe('DOCX read back', () => {
  it('has the draft’s paragraphs, in order, as the reference document has them', async () => {
    const draft = buildDraft(rollup, { date: '2026-01-15' });
    for (const opts of OPTION_SETS) {
      const ours = (await mammoth.extractRawText({ buffer: await draftDocx(draft, opts) })).value;
      const reference = (
        await mammoth.extractRawText({ buffer: await Packer.toBuffer(draftDocument(draft, opts)) })
      ).value;
      expect(ours).toBe(reference);
      const paragraphs = ours.split('\n').filter(Boolean);
      const lines = draftText(draft).split('\n');
      let at = 0;
      for (const line of lines) {
        at = paragraphs.indexOf(line, at);
        expect(at, line).toBeGreaterThanOrEqual(0);
      }
      expect(lines.length).toBeGreaterThan(20);
    }
  });
});
