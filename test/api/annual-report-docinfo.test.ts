// 发文信息 of the annual report on each dialect: the 发文字号 (版头) and 抄送机关, 印发机关 (版记) saved
// with the paragraphs and validated with Chinese messages, kept while not given and refused out of
// drafting; signing writes in the 签发人 and 印发日期; the DOCX carries them, the portal shows the 文号,
// and a correction keeps the 发文字号 without the old 签发人.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { editableSections } from '../report-drafts.ts';

const YEAR = 2025;
const CODE = '511099101';
const NUMBER = '青政发〔2026〕3号';
const CC = ['清源县司法局', '清源县人民政府办公室'];
const PRINTER = '青石镇党政办公室';
const SIGNED_ON = `${YEAR + 1}-01-20`;

for (const dialect of dialects()) {
  describe(`annual report 发文信息 [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let supervisor: Client;
    let base: string;
    let baimaBase: string;

    const put = (c: Client, body: object) => c.req('PUT', `${base}/draft`, body);
    const step = async (c: Client, id: string, body: unknown = {}) => {
      const res = await c.post(`${base}/transitions/${id}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    /** The text of word/document.xml of a DOCX download. */
    const documentXml = async (url: string, c?: Client) => {
      const res = await t.app.inject({ method: 'GET', url, headers: c ? { cookie: c.cookie! } : {} });
      expect(res.statusCode).toBe(200);
      const zip = await JSZip.loadAsync(res.rawPayload);
      return (await zip.file('word/document.xml')?.async('string')) ?? '';
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      supervisor = await t.login('supervisor');
      const orgs = (await supervisor.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      base = `/api/annual-reports/${orgs.find((o) => o.code === CODE)!.id}/${YEAR}`;
      baimaBase = `/api/annual-reports/${orgs.find((o) => o.code === '511099102')!.id}/${YEAR}`;
      expect((await clerk.post(base)).status).toBe(201);
    });
    afterAll(() => t.close());

    it('refuses a malformed 发文字号 and too many or too long 抄送机关 with Chinese messages', async () => {
      const sections = editableSections((await clerk.get(base)).body);
      const bad = async (body: object, field: string, words: string[]) => {
        const res = await put(clerk, { sections, ...body });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION');
        expect(Object.keys(res.body.error.fields)).toContain(field);
        for (const w of words) expect(res.body.error.message).toContain(w);
      };
      await bad({ header: { number: '青政发[2026]3号' } }, 'header.number', ['六角括号', '〔〕', NUMBER]);
      await bad({ header: { number: '青政发（2026）3号' } }, 'header.number', ['六角括号']);
      await bad({ header: { number: '青政发〔2026〕第3号' } }, 'header.number', ['不加“第”字']);
      await bad({ header: { number: '青政发〔2026〕03号' } }, 'header.number', ['虚位']);
      await bad({ header: { number: '青政发〔26〕3号' } }, 'header.number', ['四位']);
      await bad({ header: { number: '2026年第3号' } }, 'header.number', [NUMBER]);
      const many = Array.from({ length: 21 }, (_, i) => `清源县第${i + 1}局`);
      await bad({ record: { cc: many } }, 'record.cc', ['最多20个']);
      await bad({ record: { cc: ['局'.repeat(41)] } }, 'record.cc.0', ['不超过40个字']);
      await bad({ record: { cc: [CC[0], CC[0]] } }, 'record.cc', ['重复']);
      // nothing was saved
      expect((await clerk.get(base)).body.version.version).toBe(1);
    });

    it('saves 发文信息 with the paragraphs (own township, writing roles), and keeps it when not given', async () => {
      const view = (await clerk.get(base)).body;
      const body = {
        sections: editableSections(view),
        header: { number: ` ${NUMBER} ` },
        record: { cc: CC, printer: PRINTER },
      };
      expect((await put(supervisor, body)).status).toBe(403);
      expect((await other.req('PUT', `${base}/draft`, body)).status).toBe(404);
      const saved = await put(clerk, body);
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.draft.header).toEqual({ number: NUMBER });
      expect(saved.body.draft.record).toEqual({ cc: CC, printer: PRINTER });

      // a save of the paragraphs only keeps the 发文信息
      const again = await put(clerk, { sections: editableSections(saved.body) });
      expect(again.status).toBe(200);
      expect(again.body.version.version).toBe(saved.body.version.version + 1);
      expect(again.body.draft.header).toEqual({ number: NUMBER });
      expect(again.body.draft.record).toEqual({ cc: CC, printer: PRINTER });

      // the draft's DOCX has the 版头 (no 签发人 before signing) and the 版记
      const xml = await documentXml(`${base}/export.docx`, clerk);
      expect(xml).toContain(NUMBER);
      expect(xml).not.toContain('签发人');
      expect(xml).toContain(`抄送：${CC.join('，')}。`);
      expect(xml).toContain(PRINTER);
    });

    it('refuses 发文信息 changes out of drafting, and writes in 签发人 and 印发日期 at signing', async () => {
      await step(clerk, 'submit_review');
      const sections = editableSections((await clerk.get(base)).body);
      const refused = await put(clerk, { sections, header: { number: '青政发〔2026〕4号' } });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('审核');
      await step(leader, 'approve');
      const signed = await step(leader, 'sign', { on: SIGNED_ON });
      expect(signed.version.signed).toBe(true);
      const signer = signed.version.signedByName as string;
      expect(signer).toBeTruthy();
      expect(signed.draft.header).toEqual({ number: NUMBER, signer });
      expect(signed.draft.record).toEqual({ cc: CC, printer: PRINTER, printedOn: '2026年1月20日' });
      expect(signed.draft.signoff.date).toBe('2026年1月20日');
      expect(signed.editable).toBe(false);
      const late = await put(clerk, { sections, record: { cc: [] } });
      expect(late.status).toBe(409);
    });

    it('exports the 版头 with 发文字号 and 签发人 and the 版记 with 抄送 and 印发日期', async () => {
      const xml = await documentXml(`${base}/export.docx`, supervisor);
      const signer = (await clerk.get(base)).body.draft.header.signer as string;
      expect(xml).toContain(NUMBER);
      expect(xml).toContain('签发人：');
      expect(xml).toContain(signer);
      expect(xml).toContain('青石镇人民政府文件');
      expect(xml).toContain(`抄送：${CC.join('，')}。`);
      expect(xml).toContain('2026年1月20日印发');
      // a report without 发文信息 has neither 版头 nor 版记
      expect((await other.post(baimaBase)).status).toBe(201);
      const plain = await documentXml(`${baimaBase}/export.docx`, other);
      expect(plain).not.toContain('签发人');
      expect(plain).not.toContain('抄送');
      expect(plain).not.toContain('印发');
    });

    it('shows the 文号 on the portal and puts the 版头 in its DOCX', async () => {
      await step(leader, 'publish', { on: `${YEAR + 1}-03-10` });
      const page = await t.anon().get(`/gk/${CODE}/annual-reports/${YEAR}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`<dt>文号</dt><dd>${NUMBER}</dd>`);
      const xml = await documentXml(`/gk/${CODE}/annual-reports/${YEAR}.docx`);
      expect(xml).toContain(NUMBER);
      expect(xml).toContain('签发人：');
      expect(xml).toContain('2026年1月20日印发');
    });

    it('a correction keeps the 发文字号 and 版记 but not the old 签发人 and 印发日期', async () => {
      const corrected = await step(clerk, 'correct');
      expect(corrected.state).toBe('drafting');
      expect(corrected.draft.header).toEqual({ number: NUMBER });
      expect(corrected.draft.record).toEqual({ cc: CC, printer: PRINTER });
      // and an empty 发文字号 removes the 版头
      const cleared = await put(clerk, {
        sections: editableSections(corrected),
        header: { number: '' },
        record: { cc: [], printer: '' },
      });
      expect(cleared.status).toBe(200);
      expect(cleared.body.draft.header).toBeUndefined();
      expect(cleared.body.draft.record).toBeUndefined();
      // the public still sees the signed version with its 文号
      const page = await t.anon().get(`/gk/${CODE}/annual-reports/${YEAR}`);
      expect(page.body).toContain(`<dt>文号</dt><dd>${NUMBER}</dd>`);
    });
  });
}
