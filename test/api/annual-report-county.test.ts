// 年度报告汇总 through the API, on each dialect, over the demo county with its ledgers and the demo
// reports of the previous year (src/server/annual-report/seeds.ts): statuses on time and late, the
// stated figures next to the roll-up, external reports (upload, broken file, replace, download of
// the original, delete, denials), passages copied between a Fazhi report and an external one, and the XLSX read back.
import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdf, findSoffice } from '../../src/server/annual-report/pdf.ts';
import { computeRollup, loadRollupOrg } from '../../src/server/annual-report/rollup.ts';
import { demoReportPlans } from '../../src/server/annual-report/seeds.ts';
import { DEMO_TOWNSHIPS } from '../../src/server/demo/county.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const TODAY = '2026-11-16';
const { year: YEAR, plans } = demoReportPlans(TODAY);
const OTHER_YEAR = YEAR - 1;
const COUNTY = '/api/annual-reports/county';

interface Section {
  key: string;
  heading: string;
  paragraphs: Array<{ kind: string; text: string; area?: string }>;
}
interface Pair {
  a: { orgId: number; source: string };
  b: { orgId: number; source: string };
  passages: Array<{ a: { text: string }; b: { text: string } }>;
}

/** A paragraph two reports share word for word (copied from one township's report into another's). */
const SHARED =
  '我镇坚持把矛盾纠纷多元化解作为基层治理的重要抓手，依托村（社区）人民调解委员会和网格员队伍，建立“小事不出村、大事不出镇”的分级调处机制，对排查出的婚姻家庭、邻里、土地等纠纷逐件登记、限期化解、跟踪回访。';

function externalReport(org: string): string {
  return [
    `${org}人民政府关于${OTHER_YEAR}年度法治政府建设情况的报告`,
    '清源县人民政府：',
    `现将${org}${OTHER_YEAR}年度法治政府建设情况报告如下。`,
    '一、主要举措和成效',
    `${OTHER_YEAR}年，党委理论学习中心组开展学法9次，开展普法宣传活动14场，全年共排查调解各类矛盾纠纷37件，调解成功35件。`,
    SHARED,
    '二、存在的不足和原因',
    '个别村调解员业务能力不强，调解卷宗制作不够规范。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '党委会、政府常务会议专题研究法治建设工作4次。',
    '四、下一年度主要安排',
    '加强调解员培训，规范调解卷宗制作。',
    `${org}人民政府`,
    `${OTHER_YEAR + 1}年1月20日`,
  ].join('\n');
}

/** A multipart body with one file and optional text fields. */
function multipart(name: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const boundary = `----fazhi${Date.now()}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    body: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

for (const dialect of dialects()) {
  describe(`annual report county view [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: Client;
    let clerk: Client;
    let sysadmin: Client;
    const ids = new Map<string, number>();
    let countyId: number;

    const upload = (c: Client, orgId: number, year: number, name: string, bytes: Buffer, fields = {}) => {
      const m = multipart(name, bytes, fields);
      return c.req('POST', `${COUNTY}/external/${orgId}/${year}`, m.body, m.headers);
    };
    /** The stored original of an external report, as raw bytes. */
    const original = async (c: Client, orgId: number, year: number) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${COUNTY}/external/${orgId}/${year}/file`,
        headers: c.cookie ? { cookie: c.cookie } : {},
      });
      return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
    };
    const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const count = async (table: 'externalReport' | 'attachment' | 'auditEvent') =>
      Number(
        (
          await t.app.db.k
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgers: true, today: TODAY });
      supervisor = await t.login('supervisor');
      clerk = await t.login('qingshi.clerk');
      sysadmin = await t.login('sysadmin');
      const orgs = (await supervisor.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      for (const d of DEMO_TOWNSHIPS) ids.set(d.pinyin, orgs.find((o) => o.code === d.code)!.id);
      countyId = orgs.find((o) => o.code === '511099')!.id;
    }, 300_000);
    afterAll(() => t?.close());

    it('names every action and entity type the demo county wrote in the audit catalogue', async () => {
      const auditor = await t.login('auditor');
      const catalogue = (await auditor.get('/api/audit/catalogue')).body;
      const actions = new Set(catalogue.actions.map((a: { value: string }) => a.value));
      const types = new Set(catalogue.entityTypes.map((a: { value: string }) => a.value));
      const written = await t.app.db.k
        .selectFrom('auditEvent')
        .select(['action', 'entityType'])
        .distinct()
        .execute();
      expect(written.length).toBeGreaterThan(20);
      expect(written.map((w) => w.action).filter((a) => !actions.has(a))).toEqual([]);
      expect(written.map((w) => w.entityType).filter((e) => e !== null && !types.has(e))).toEqual([]);
      for (const a of catalogue.actions) expect(a.label, a.value).toMatch(/[\u4e00-\u9fff]/);
      expect((await (await t.login('qingshi.clerk')).get('/api/audit/catalogue')).status).toBe(403);
    });

    it('is for the county supervisor only', async () => {
      expect((await clerk.get(`${COUNTY}?year=${YEAR}`)).status).toBe(403);
      expect((await sysadmin.get(`${COUNTY}?year=${YEAR}`)).status).toBe(403);
      expect((await t.anon().get(`${COUNTY}?year=${YEAR}`)).status).toBe(401);
      expect((await clerk.get(`${COUNTY}/copying?year=${YEAR}`)).status).toBe(403);
      expect((await clerk.get(`${COUNTY}/export.xlsx?year=${YEAR}`)).status).toBe(403);
      expect((await supervisor.get(`${COUNTY}?year=1999`)).status).toBe(400);
    });

    it('calls a year before any recorded report 未录入, not overdue; the supervisor downloads a township’s Word (issue 14)', async () => {
      const early = (await supervisor.get(`${COUNTY}?year=${YEAR - 2}`)).body;
      expect(early.items.map((i: { submission: string }) => i.submission)).toEqual(
        DEMO_TOWNSHIPS.map(() => 'not_recorded'),
      );
      expect(early.items[0]).toMatchObject({ stateLabel: '未录入', publication: 'not_recorded' });
      expect(early.totals.submissionOverdue).toBe(0);
      const now = (await supervisor.get(`${COUNTY}?year=${YEAR}`)).body;
      const own = now.items.find((i: { source: string | null }) => i.source === 'fazhi');
      const word = await t.app.inject({
        method: 'GET',
        url: `/api/annual-reports/${own.orgId}/${YEAR}/export.docx`,
        headers: { cookie: supervisor.cookie ?? '' },
      });
      expect(word.statusCode).toBe(200);
      expect(word.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });

    it('shows each township’s state, submission and publication on time or late, and findings', async () => {
      const res = await supervisor.get(`${COUNTY}?year=${YEAR}`);
      expect(res.status).toBe(200);
      // biome-ignore lint/suspicious/noExplicitAny: test convenience
      const items = res.body.items as Array<Record<string, any>>;
      expect(items).toHaveLength(DEMO_TOWNSHIPS.length);
      for (const plan of plans) {
        const item = items.find((i) => i.orgId === ids.get(plan.township))!;
        expect(item.source).toBe('fazhi');
        expect(item.findings).toMatchObject({ error: expect.any(Number), warning: expect.any(Number) });
        if (plan.outcome === 'drafting' || !plan.signOn) {
          expect(item.state).toBe('drafting');
          continue;
        }
        expect(item.signed).toBe(true);
        expect(item.findings.error).toBe(0);
        expect(item.submittedOn).toBe(plan.submitOn);
        expect(item.publishedOn).toBe(plan.publishOn);
        if (plan.outcome === 'on_time' && plan.publishOn) {
          expect(item).toMatchObject({ state: 'published', submission: 'on_time', publication: 'on_time' });
          expect(item.submissionLabel).toBe('按时');
        }
        if (plan.outcome === 'late' && plan.publishOn) {
          expect(item).toMatchObject({
            submission: 'late',
            publication: 'late',
            submissionLabel: '逾期完成',
          });
        }
        if (plan.outcome === 'signed') {
          expect(item.state).toBe('signed');
          expect(item.submission).toBe(TODAY > item.submitBy ? 'overdue' : 'pending');
        }
      }
      const late = plans.filter((p) => p.outcome === 'late' && p.submitOn).length;
      expect(res.body.totals.submittedLate).toBe(late);
      expect(res.body.totals.townships).toBe(DEMO_TOWNSHIPS.length);

      const qingshi = items.find((i) => i.orgId === ids.get('qingshi'))!;
      const list = await supervisor.get(`${COUNTY}/findings?year=${YEAR}&orgId=${qingshi.orgId}`);
      expect(list.status).toBe(200);
      expect(list.body.findings.length).toBe(
        qingshi.findings.error + qingshi.findings.warning + qingshi.findings.info,
      );
      expect((await clerk.get(`${COUNTY}/findings?year=${YEAR}&orgId=${qingshi.orgId}`)).status).toBe(403);
      expect((await supervisor.get(`${COUNTY}/findings?year=${YEAR}&orgId=${countyId}`)).status).toBe(404);
    });

    it('puts the figures each report states next to the ledger’s roll-up', async () => {
      const { body } = await supervisor.get(`${COUNTY}?year=${YEAR}`);
      const columns = body.columns as Array<{ orgId: number; source: string | null }>;
      const rows = body.indicators as Array<{
        id: string;
        cells: Array<{ stated: number | null; ledger: number | null; differs: boolean }>;
        total: { stated: number | null; ledger: number | null };
      }>;
      let compared = 0;
      for (const [n, col] of columns.entries()) {
        const org = (await loadRollupOrg(t.app.db.k, col.orgId))!;
        const rollup = await computeRollup(t.app.db.k, org, YEAR, { today: TODAY });
        for (const item of rollup.items) {
          const cell = rows.find((r) => r.id === item.id)!.cells[n];
          expect(cell.ledger, `${org.name} ${item.id}`).toBe(item.value);
          // A Fazhi report states the ledger's figure, so they never differ
          if (cell.stated !== null) {
            expect(cell.stated, `${org.name} ${item.id}`).toBe(item.value);
            expect(cell.differs).toBe(false);
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(5 * columns.length);
      const disputes = rows.find((r) => r.id === 'disputes.total')!;
      expect(disputes.total.ledger).toBe(disputes.cells.reduce((s, c) => s + (c.ledger ?? 0), 0));
      const rate = rows.find((r) => r.id === 'disputes.success_rate')!;
      expect(rate.total).toEqual({ stated: null, ledger: null });
    });

    it('refuses broken files and the wrong roles, storing nothing', async () => {
      const taoping = ids.get('taoping')!;
      const before = { ext: await count('externalReport'), att: await count('attachment') };
      // a Word file cut off in the middle of its ZIP directory
      const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(64, 7)]);
      const broken = await upload(supervisor, taoping, OTHER_YEAR, '桃坪乡年度报告.docx', zip);
      expect(broken.status).toBe(400);
      expect(broken.body.error.code).toBe('REPORT_UNREADABLE');
      expect(broken.body.error.message).toContain('桃坪乡年度报告.docx');
      expect(broken.body.error.message).toContain('未保存');
      const pdf = await upload(
        supervisor,
        taoping,
        OTHER_YEAR,
        '报告.pdf',
        Buffer.from('%PDF-1.4\n1 0 obj\n'),
      );
      expect(pdf.status).toBe(400);
      const exe = await upload(supervisor, taoping, OTHER_YEAR, '报告.exe', Buffer.from('MZ'));
      expect(exe.status).toBe(415);
      expect(exe.body.error.message).toContain('Word');
      const text = Buffer.from(externalReport('桃坪乡'));
      expect((await upload(clerk, taoping, OTHER_YEAR, '报告.txt', text)).status).toBe(403);
      expect((await upload(sysadmin, taoping, OTHER_YEAR, '报告.txt', text)).status).toBe(403);
      expect((await upload(supervisor, countyId, OTHER_YEAR, '报告.txt', text)).status).toBe(404);
      const date = await upload(supervisor, taoping, OTHER_YEAR, '报告.txt', text, {
        submittedOn: '2025-02-30',
      });
      expect(date.status).toBe(400);
      expect(date.body.error.fields.submittedOn).toBeTruthy();
      // a township that writes its report in Fazhi needs no external one
      const inFazhi = await upload(supervisor, taoping, YEAR, '报告.txt', text);
      expect(inFazhi.status).toBe(409);
      expect(await count('externalReport')).toBe(before.ext);
      expect(await count('attachment')).toBe(before.att);
    });

    it('checks and stores an external report; its figures and findings join the view', async () => {
      const taoping = ids.get('taoping')!;
      const res = await upload(
        supervisor,
        taoping,
        OTHER_YEAR,
        '桃坪乡2024年度法治政府建设报告.txt',
        Buffer.from(externalReport('桃坪乡')),
        {
          submittedOn: `${OTHER_YEAR + 1}-02-20`,
        },
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        orgId: taoping,
        replaced: false,
        submittedOn: `${OTHER_YEAR + 1}-02-20`,
      });
      expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(res.body.metrics.find((m: { id: string }) => m.id === 'disputes.total').value).toBe(37);

      const view = (await supervisor.get(`${COUNTY}?year=${OTHER_YEAR}`)).body;
      const item = view.items.find((i: { orgId: number }) => i.orgId === taoping);
      expect(item).toMatchObject({
        state: 'external',
        stateLabel: '外部报告',
        source: 'external',
        submission: 'on_time',
      });
      const n = view.columns.findIndex((c: { orgId: number }) => c.orgId === taoping);
      expect(view.columns[n].source).toBe('external');
      const cell = view.indicators.find((r: { id: string }) => r.id === 'disputes.total').cells[n];
      expect(cell).toMatchObject({ stated: 37, ledger: null, differs: false });
      const findings = (await supervisor.get(`${COUNTY}/findings?year=${OTHER_YEAR}&orgId=${taoping}`)).body;
      expect(findings.source).toBe('external');
      expect(findings.findings.length).toBe(res.body.findings.length);

      // without a date it counts as submitted on the upload day; replacing is audited
      const again = await upload(
        supervisor,
        taoping,
        OTHER_YEAR,
        '桃坪乡（修改）.txt',
        Buffer.from(externalReport('桃坪乡')),
      );
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ replaced: true, submittedOn: TODAY });
      const actions = await t.app.db.k
        .selectFrom('auditEvent')
        .select('action')
        .where('entityType', '=', 'external_report')
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['external_report.upload', 'external_report.replace']);
    });

    it('gives the supervisor the stored original back, byte for byte, under its own name', async () => {
      const taoping = ids.get('taoping')!;
      const audited = await count('auditEvent');
      const file = await original(supervisor, taoping, OTHER_YEAR);
      expect(file.status).toBe(200);
      expect(file.bytes.equals(Buffer.from(externalReport('桃坪乡')))).toBe(true);
      expect(String(file.headers['content-type'])).toMatch(/^text\/plain/);
      expect(file.headers['x-content-sha256']).toBe(sha256(file.bytes));
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent('桃坪乡（修改）.txt')}`,
      );
      // reading is no change: like every attachment download, not audited
      expect(await count('auditEvent')).toBe(audited);

      expect((await original(clerk, taoping, OTHER_YEAR)).status).toBe(403);
      expect((await original(await t.login('taoping.clerk'), taoping, OTHER_YEAR)).status).toBe(403);
      expect((await original(sysadmin, taoping, OTHER_YEAR)).status).toBe(403);
      expect((await original(t.anon(), taoping, OTHER_YEAR)).status).toBe(401);
      // outside the supervisor's townships, a township without an upload, a Fazhi report
      expect((await original(supervisor, countyId, OTHER_YEAR)).status).toBe(404);
      expect((await original(supervisor, ids.get('chengguan')!, OTHER_YEAR)).status).toBe(404);
      expect((await original(supervisor, ids.get('qingshi')!, YEAR)).status).toBe(404);
      const bad = await original(supervisor, taoping, 1999);
      expect(bad.status).toBe(400);
    });

    it('reads the figures of real Word and PDF files', async () => {
      // a Word file written the way a township's office writes one (its own words only: the shared
      // paragraph belongs to the copying test below), and its PDF through LibreOffice
      const wordFile = (org: string) =>
        Packer.toBuffer(
          new Document({
            sections: [
              {
                children: externalReport(org)
                  .split('\n')
                  .filter((line) => line !== SHARED)
                  .map((text) => new Paragraph({ text })),
              },
            ],
          }),
        );
      const stated = (body: { metrics: Array<{ id: string; value: number }> }, id: string) =>
        body.metrics.find((m) => m.id === id)?.value;
      const liuxi = ids.get('liuxi')!;
      const word = await upload(
        supervisor,
        liuxi,
        OTHER_YEAR,
        '柳溪乡年度报告.docx',
        await wordFile('柳溪乡'),
      );
      expect(word.status, JSON.stringify(word.body)).toBe(201);
      expect(stated(word.body, 'disputes.total')).toBe(37);
      const wordBack = await original(supervisor, liuxi, OTHER_YEAR);
      expect(wordBack.status).toBe(200);
      expect(String(wordBack.headers['content-type'])).toContain('wordprocessingml');
      expect(sha256(wordBack.bytes)).toBe(word.body.sha256);
      expect(stated(word.body, 'leadership.meetings')).toBe(4);
      const uploaded = [liuxi];
      if (findSoffice()) {
        const baima = ids.get('baima')!;
        const pdfBytes = await docxToPdf(await wordFile('白马镇'));
        const pdf = await upload(supervisor, baima, OTHER_YEAR, '白马镇年度报告.pdf', pdfBytes);
        expect(pdf.status, JSON.stringify(pdf.body)).toBe(201);
        expect(stated(pdf.body, 'disputes.total')).toBe(37);
        const pdfBack = await original(supervisor, baima, OTHER_YEAR);
        expect(pdfBack.headers['content-type']).toBe('application/pdf');
        expect(pdfBack.bytes.equals(pdfBytes)).toBe(true);
        const view = (await supervisor.get(`${COUNTY}?year=${OTHER_YEAR}`)).body;
        const n = view.columns.findIndex((c: { orgId: number }) => c.orgId === baima);
        expect(view.indicators.find((r: { id: string }) => r.id === 'disputes.total').cells[n].stated).toBe(
          37,
        );
        uploaded.push(baima);
      } else console.warn('[fazhi] 未安装 LibreOffice：外部 PDF 报告的测试已跳过。');
      for (const orgId of uploaded)
        expect((await supervisor.del(`${COUNTY}/external/${orgId}/${OTHER_YEAR}`)).status).toBe(204);
    }, 120_000);

    it('finds a paragraph copied between a Fazhi report and an external one', async () => {
      // 青石镇 writes its OTHER_YEAR report in Fazhi with the paragraph 桃坪乡's external report has
      const qingshi = ids.get('qingshi')!;
      const base = `/api/annual-reports/${qingshi}/${OTHER_YEAR}`;
      const created = await clerk.post(base);
      expect(created.status).toBe(201);
      const sections = (created.body.draft.sections as Section[]).map((s) => ({
        key: s.key,
        heading: s.heading,
        paragraphs: s.paragraphs.map((p) => ({ kind: p.kind, text: p.text, area: p.area })),
      }));
      sections[0].paragraphs.push({ kind: 'body', text: SHARED, area: undefined });
      expect((await clerk.req('PUT', `${base}/draft`, { sections })).status).toBe(200);

      // the sentences Fazhi drafted for every township from the same templates are not copying;
      // the paragraph 龙泉镇 copied from 白马镇 by hand is, and it is the demo's one pair
      const demo = await supervisor.get(`${COUNTY}/copying?year=${YEAR}`);
      expect(demo.body.reports).toBe(plans.length);
      expect((demo.body.pairs as Pair[]).map((p) => [p.a.orgId, p.b.orgId].sort().join())).toEqual([
        [ids.get('baima'), ids.get('longquan')].sort().join(),
      ]);

      const res = await supervisor.get(`${COUNTY}/copying?year=${OTHER_YEAR}`);
      expect(res.status).toBe(200);
      expect(res.body.reports).toBe(2);
      const pair = (res.body.pairs as Pair[]).find(
        (p) => [p.a.orgId, p.b.orgId].sort().join() === [qingshi, ids.get('taoping')].sort().join(),
      );
      if (!pair) throw new Error('no copying pair between 青石镇 and 桃坪乡');
      expect([pair.a.source, pair.b.source].sort()).toEqual(['external', 'fazhi']);
      expect(pair.passages.some((p) => SHARED.includes(p.a.text.slice(0, 20)))).toBe(true);
    });

    it('deletes an external report, audited', async () => {
      const taoping = ids.get('taoping')!;
      expect((await clerk.del(`${COUNTY}/external/${taoping}/${OTHER_YEAR}`)).status).toBe(403);
      expect((await supervisor.del(`${COUNTY}/external/${taoping}/${OTHER_YEAR}`)).status).toBe(204);
      expect((await supervisor.del(`${COUNTY}/external/${taoping}/${OTHER_YEAR}`)).status).toBe(404);
      // the stored file stays, but it is no longer the township's report
      expect((await original(supervisor, taoping, OTHER_YEAR)).status).toBe(404);
      const view = (await supervisor.get(`${COUNTY}?year=${OTHER_YEAR}`)).body;
      expect(view.items.find((i: { orgId: number }) => i.orgId === taoping).state).toBeNull();
      const last = await t.app.db.k
        .selectFrom('auditEvent')
        .select('action')
        .where('entityType', '=', 'external_report')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(last.action).toBe('external_report.delete');
    });

    it('exports the status and the side-by-side table as XLSX', async () => {
      const view = (await supervisor.get(`${COUNTY}?year=${YEAR}`)).body;
      const res = await t.app.inject({
        method: 'GET',
        url: `${COUNTY}/export.xlsx?year=${YEAR}`,
        headers: { cookie: supervisor.cookie! },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-type'])).toContain('spreadsheetml');
      expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(`${YEAR}年度`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const status = wb.getWorksheet('报送情况')!;
      expect(status.rowCount).toBe(1 + DEMO_TOWNSHIPS.length);
      expect(status.getRow(1).getCell(1).value).toBe('乡镇（街道）');
      for (const [i, item] of view.items.entries()) {
        const row = status.getRow(i + 2);
        expect(row.getCell(1).value).toBe(item.orgName);
        expect(row.getCell(3).value).toBe(item.stateLabel);
        expect(row.getCell(6).value).toBe(item.submissionLabel);
      }
      const table = wb.getWorksheet('指标对照')!;
      expect(table.rowCount).toBe(1 + view.indicators.length);
      const r = view.indicators.findIndex((x: { id: string }) => x.id === 'disputes.total');
      const row = table.getRow(r + 2);
      expect(row.getCell(1).value).toBe(view.indicators[r].label);
      const value = (n: number) => {
        const v = row.getCell(n).value;
        return v === '' || v === null || v === undefined ? null : v;
      };
      view.indicators[r].cells.forEach((c: { stated: number | null; ledger: number | null }, n: number) => {
        expect(value(3 + 2 * n)).toBe(c.stated);
        expect(value(4 + 2 * n)).toBe(c.ledger);
      });
      expect(row.getCell(3 + 2 * view.columns.length + 1).value).toBe(view.indicators[r].total.ledger);
    });
  });
}
