// The disclosure demo year on each dialect: every township has catalogue items and requests, the
// seeds are refused nothing, nothing lies after today, and 城关街道's walk-through request carries
// the hand-computed dates of docs/ledgers/disclosure.md.

import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx } from '../../../../test/factories.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import { loadDemo } from '../../demo/seed.ts';
import { buildDisclosureReport, disclosureReportDocx } from '../../disclosure-report/index.ts';
import { REQUEST_COLUMNS, REQUEST_ROWS } from '../../disclosure-report/tables.ts';
import { disclosureLedger as ledger } from './index.ts';

const TODAY = '2026-12-03';

describeEachDialect('disclosure demo seeds', (ctx) => {
  it('seeds a coherent past for every township', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const calendar = await loadCalendar(db, TODAY);
    await inTx(db.k, (tx) =>
      ledger.seeds!({
        ledger,
        tx,
        pii: createPii({ dataDir }),
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today: TODAY,
        dataDir,
      }),
    );
    const indicator = (id: string) => ledger.indicators.find((i) => i.id === id)!;
    for (const t of DEMO_TOWNSHIPS) {
      const org = await db.k
        .selectFrom('org')
        .select('path')
        .where('code', '=', t.code)
        .executeTakeFirstOrThrow();
      expect(await indicator('disclosure.published').compute(db.k, [org.path], 2025), t.name).toBeGreaterThan(
        15,
      );
      expect(await indicator('disclosure.requests').compute(db.k, [org.path], 2025), t.name).toBeGreaterThan(
        0,
      );
    }
    const refusals = await db.k
      .selectFrom('workflowRefusal')
      .select(['rule', 'transition'])
      .where('ledger', '=', 'disclosure')
      .execute();
    expect(refusals).toEqual([]);
    const requests = await db.k.selectFrom('disclosureRequest').selectAll().execute();
    const items = await db.k.selectFrom('disclosureItem').selectAll().execute();
    for (const r of requests) {
      expect(r.receivedOn <= TODAY).toBe(true);
      if (r.answeredOn) expect(r.answeredOn <= TODAY).toBe(true);
    }
    for (const i of items) if (i.publishedOn) expect(i.publishedOn <= TODAY).toBe(true);
    const indexNos = items.flatMap((i) => (i.indexNo ? [i.indexNo] : []));
    expect(new Set(indexNos).size).toBe(indexNos.length);

    const walk = requests.find((r) => r.title.startsWith('石牛村2025年土地征收'))!;
    expect(walk).toMatchObject({ state: 'answered', answerType: 'partial', answeredOn: '2025-12-10' });
    const clocks = await deadlinesOfRecord(db.k, calendar, TODAY, {
      ledger: 'disclosure',
      recordType: 'disclosure_request',
      recordId: walk.id,
    });
    expect(clocks.find((c) => c.deadlineId === 'answer')).toMatchObject({ due: '2025-12-23', state: 'met' });
    // Every township's 2025 report: each row adds up across, each column down, 一+二 = 三+四, and
    // 2026's 上年结转 is 2025's 结转下年度; the DOCX carries the national format's headings.
    for (const t of DEMO_TOWNSHIPS) {
      const org = await db.k
        .selectFrom('org')
        .select(['id', 'name', 'kind', 'path'])
        .where('code', '=', t.code)
        .executeTakeFirstOrThrow();
      const report = await buildDisclosureReport(db.k, org, 2025);
      const r = report.tables.requests;
      expect(report.errors, t.name).toEqual([]);
      for (const row of REQUEST_ROWS) {
        const across = REQUEST_COLUMNS.filter((c) => c !== 'total').reduce((n, c) => n + r[row.key][c], 0);
        expect(across, `${t.name} ${row.label}`).toBe(r[row.key].total);
      }
      for (const col of REQUEST_COLUMNS) {
        const results = REQUEST_ROWS.filter((x) => x.result).reduce((n, x) => n + r[x.key][col], 0);
        expect(results, `${t.name} ${col}`).toBe(r.total[col]);
        expect(r.new[col] + r.carried[col], `${t.name} ${col}`).toBe(r.total[col] + r.next[col]);
      }
      const next = (await buildDisclosureReport(db.k, org, 2026)).tables.requests;
      expect(next.carried).toEqual(r.next);
      const xml = await (await JSZip.loadAsync(await disclosureReportDocx(report, '2026-01-15')))
        .file('word/document.xml')!
        .async('string');
      for (const h of [
        '一、总体情况',
        '三、收到和处理政府信息公开申请情况',
        '（七）总计',
        '六、其他需要报告的事项',
      ])
        expect(xml).toContain(h);
    }
    // Across the county, every result row of table 三 has requests (seeds-coverage.ts).
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    const all = (
      await buildDisclosureReport(db.k, { id: 0, name: '清源县', kind: 'county', path: county.path }, 2025)
    ).tables.requests;
    for (const row of REQUEST_ROWS.filter((x) => x.result))
      expect(all[row.key].total, row.label).toBeGreaterThan(0);
    // Applicants' numbers are encrypted at rest.
    expect(walk.applicantPhone).not.toContain('13881234567');
  }, 240_000);
});
