// The annual report end to end on each dialect: the demo county's ledgers (seeded once) → roll-up
// → draft → DOCX → the report checker. Every township's export must pass the checker without an
// error, carry the five required parts, and read back every stated figure with the ledger's value;
// the DOCX's word/document.xml must carry the GB/T 9704-2012 page, grid, fonts and sizes.
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { checkDocument, checkText, ingestBuffer, SECTION_KEYS } from '../../checker/index.ts';
import { createPii } from '../core/pii.ts';
import { loadDemo } from '../demo/seed.ts';
import { CHAR_SPACE, exportReport, LINE_PITCH, mmToTwip } from './docx.ts';
import { buildDraft, draftText } from './draft.ts';
import { computeRollup, loadRollupOrg } from './rollup.ts';

const TODAY = '2026-11-21';
const YEAR = 2025;

describeEachDialect('annual report', (ctx) => {
  let townships: Array<{ id: number; name: string }> = [];

  beforeAll(async () => {
    const { db, dataDir } = ctx();
    await loadDemo(db, { ledgers: { pii: createPii({ dataDir }), dataDir, today: TODAY } });
    townships = await ctx()
      .db.k.selectFrom('org')
      .select(['id', 'name'])
      .where('kind', 'in', ['township', 'street'])
      .orderBy('id')
      .execute();
  }, 180_000);

  it('rolls up every registered indicator with the records behind it', async () => {
    const { db } = ctx();
    const org = (await loadRollupOrg(db.k, townships[0].id))!;
    const rollup = await computeRollup(db.k, org, YEAR, { today: TODAY });
    expect(rollup.items.length).toBeGreaterThan(20);
    expect(rollup.org.parent?.name).toBe('清源县');
    const disputes = rollup.items.find((i) => i.id === 'disputes.total')!;
    expect(disputes.value).toBeGreaterThan(0);
    expect(disputes.records.ids).toHaveLength(disputes.value);
    // gaps are listed, not filled; the editor's draft keeps them as marked paragraphs
    const draft = buildDraft(rollup, { date: '2026-01-15' });
    expect(draft.gaps.length).toBeGreaterThan(0);
    expect(draft.signoff.date).toBe('2026年1月15日');
    const gapParagraphs = draft.sections[0].paragraphs.filter((p) => p.kind === 'gap');
    expect(gapParagraphs).toHaveLength(draft.gaps.length);
    // bindings point at their statements
    for (const p of draft.sections[0].paragraphs) {
      for (const b of p.bindings) expect(p.text.slice(b.start, b.end)).toContain(String(b.value));
    }
    expect(draftText(draft)).toMatch(/^城关街道办事处关于2025年度法治政府建设情况的报告\n清源县人民政府：/);
  });

  it('asks in the 2026 draft about the work each township’s ledgers hold records of', async () => {
    const { db } = ctx();
    let asked = 0;
    for (const t of townships) {
      const org = (await loadRollupOrg(db.k, t.id))!;
      const rollup = await computeRollup(db.k, org, 2026, { today: TODAY });
      const draft = buildDraft(rollup, { date: '2027-01-12' });
      const has = (pred: (i: (typeof rollup.items)[number]) => boolean) =>
        rollup.items.some((i) => pred(i) && i.value > 0);
      const topics = (draft.asks ?? []).map((a) => a.topic);
      expect(topics.includes('行政执法监督'), t.name).toBe(has((i) => i.id === 'enforcement.cases'));
      expect(topics.includes('涉企行政检查'), t.name).toBe(has((i) => i.id === 'enforcement.inspections'));
      expect(topics.includes('法治宣传教育法'), t.name).toBe(
        has((i) => i.area === 'publicity' || i.area === 'study'),
      );
      // each question stands in its area's subsection, next to the figures it asks about
      const measures = draft.sections[0].paragraphs;
      for (const ask of draft.asks ?? []) {
        expect(
          draft.gaps.map((g) => g.area),
          t.name,
        ).not.toContain(ask.area);
        const inArea = measures.filter((p) => p.area === ask.area);
        expect(inArea.some((p) => p.kind === 'body' && p.bindings.length > 0)).toBe(true);
        expect(inArea.some((p) => p.kind === 'gap' && p.text.includes(`《${ask.basis}》`))).toBe(true);
        asked++;
      }
      // the 2025 draft asks nothing, and no draft names an ended plan as in force
      const before = buildDraft(await computeRollup(db.k, org, YEAR, { today: TODAY }), {
        date: '2026-01-15',
      });
      expect(before.asks).toBeUndefined();
      for (const d of [draft, before]) {
        const expired = checkText(draftText(d), { file: 'draft.txt' }).findings.filter(
          // an ended plan as in force (五年普法 plans are terminology/outdated), or an outdated term
          (f) => f.rule === 'citation/expired-plan' || f.rule === 'terminology/outdated',
        );
        expect(expired, `${t.name} ${d.year}`).toEqual([]);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('exports every township so that the checker reads back exactly the ledger figures', async () => {
    const { db } = ctx();
    expect(townships.length).toBe(7);
    for (const t of townships) {
      const { draft, docx } = await exportReport(db.k, t.id, YEAR, { today: TODAY, date: '2026-01-15' });
      // with the whole roll-up, so number/ledger-mismatch compares every figure read back
      const result = await checkDocument(await ingestBuffer(`${t.name}.docx`, docx), {
        figures: draft.ledger,
      });
      expect(
        result.findings.filter((f) => f.severity === 'error'),
        t.name,
      ).toEqual([]);
      const keys = new Set(result.sections.map((s) => s.key));
      for (const key of SECTION_KEYS) expect(keys.has(key), `${t.name} ${key}`).toBe(true);
      expect(result.title).toBe(draft.title);
      // 依法行政制度体系 is written from the normative documents ledger, not left 【待补充】
      expect(
        draft.gaps.map((g) => g.area),
        t.name,
      ).not.toContain('institutions');
      expect(draft.figures['normative_docs.issued'], t.name).toBeGreaterThan(0);
      // 100 % agreement: every extracted figure is bound with the same value, every binding read back
      const extracted = new Map<string, number[]>();
      for (const m of result.metrics) extracted.set(m.id, [...(extracted.get(m.id) ?? []), m.value]);
      expect(Object.keys(draft.figures).length, t.name).toBeGreaterThan(10);
      for (const [id, values] of extracted)
        expect(
          values.every((v) => v === draft.figures[id]),
          `${t.name} ${id}`,
        ).toBe(true);
      for (const [id, value] of Object.entries(draft.figures))
        expect(extracted.get(id), `${t.name} ${id}`).toContain(value);
    }
  });

  it('lays the DOCX out per GB/T 9704-2012', async () => {
    const { db } = ctx();
    const { docx } = await exportReport(db.k, townships[0].id, YEAR, {
      today: TODAY,
      header: { number: '城办发〔2026〕3号', signer: '刘建华' },
      record: { cc: ['县司法局'], printer: '城关街道党政办公室', printedOn: '2026年1月20日' },
    });
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    const attr = (tag: string, name: string) =>
      Number(new RegExp(`<w:${tag}[^>]*w:${name}="(-?\\d+)"`).exec(xml)?.[1]);
    const mm = (twip: number) => (twip * 25.4) / 1440;
    expect(mm(attr('pgSz', 'w'))).toBeCloseTo(210, 0);
    expect(mm(attr('pgSz', 'h'))).toBeCloseTo(297, 0);
    expect(Math.abs(mm(attr('pgMar', 'top')) - 37)).toBeLessThanOrEqual(1);
    expect(Math.abs(mm(attr('pgMar', 'left')) - 28)).toBeLessThanOrEqual(1);
    expect(Math.abs(mm(attr('pgMar', 'right')) - 26)).toBeLessThanOrEqual(1);
    expect(Math.abs(mm(attr('pgMar', 'bottom')) - 35)).toBeLessThanOrEqual(1);
    // text block 156 × 225 mm
    expect(Math.abs(210 - mm(attr('pgMar', 'left')) - mm(attr('pgMar', 'right')) - 156)).toBeLessThanOrEqual(
      1,
    );
    expect(Math.abs(297 - mm(attr('pgMar', 'top')) - mm(attr('pgMar', 'bottom')) - 225)).toBeLessThanOrEqual(
      1,
    );
    // grid: 22 lines of 28 characters
    expect(xml).toMatch(/<w:docGrid w:type="linesAndChars"/);
    expect(attr('docGrid', 'linePitch')).toBe(LINE_PITCH);
    expect(Math.round(mmToTwip(225) / attr('docGrid', 'linePitch'))).toBe(22);
    const charPitchPt = 16 + attr('docGrid', 'charSpace') / 4096;
    expect(attr('docGrid', 'charSpace')).toBe(CHAR_SPACE);
    expect(Math.round(((156 / 25.4) * 72) / charPitchPt)).toBe(28);
    // title 2号 小标宋, body 3号 仿宋, headings 黑体/楷体, each with eastAsia and ascii/hAnsi
    const runOf = (text: string) => {
      const i = xml.indexOf(`>${text}<`);
      expect(i, text).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', i), i);
    };
    const title = runOf('城关街道办事处关于2025年度法治政府建设情况的报告');
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/w:ascii="方正小标宋简体"/);
    expect(title).toMatch(/<w:sz w:val="44"\/>/);
    const h1 = runOf('一、主要举措和成效');
    expect(h1).toMatch(/w:eastAsia="黑体"/);
    expect(h1).toMatch(/<w:sz w:val="32"\/>/);
    expect(runOf('（一）学法用法')).toMatch(/w:eastAsia="楷体_GB2312"/);
    const body = runOf('清源县人民政府：');
    expect(body).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*|w:hAnsi="仿宋_GB2312"/);
    expect(body).toMatch(/<w:sz w:val="32"\/>/);
    // first-line indent of two characters, 成文日期 in Arabic numerals, 版头 in red
    expect(xml).toMatch(/w:firstLine="640"/);
    expect(xml).toMatch(/>\d{4}年\d{1,2}月\d{1,2}日</);
    expect(runOf('城关街道办事处文件')).toMatch(/<w:color w:val="FF0000"\/>/);
    expect(xml).toContain('抄送：县司法局。');
    // page numbers "— 1 —" in 4号 宋体, odd right and even left
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toMatch(/<w:evenAndOddHeaders\/>/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/— /);
      expect(f).toMatch(/PAGE/);
      expect(f).toMatch(/w:eastAsia="宋体"/);
      expect(f).toMatch(/<w:sz w:val="28"\/>/);
    }
    expect(footers.some((f) => /<w:jc w:val="right"\/>/.test(f))).toBe(true);
    expect(footers.some((f) => /<w:jc w:val="left"\/>/.test(f))).toBe(true);
    // headings keep with the paragraph they introduce (never the last line of a page)
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const id of ['Heading1', 'Heading2']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
    }
    const fontTable = await zip.file('word/fontTable.xml')!.async('string');
    expect(fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });
});
