// The checker reads the 政府信息公开工作年度报告 back, on each dialect: for every demo township the 2025
// report (disclosure, normative documents and 复议应诉 seeded) exports as DOCX, its tables reconcile,
// and disclosure/table-arithmetic finds nothing in it; a copy with planted errors is caught, each at
// its row.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx } from '../../../test/factories.ts';
import { checkBuffers, rules } from '../../checker/index.ts';
import { loadCalendar } from '../core/calendar.ts';
import { createPii } from '../core/pii.ts';
import { DEMO_TOWNSHIPS } from '../demo/county.ts';
import { loadDemo } from '../demo/seed.ts';
import type { LedgerDef } from '../ledgers/contract.ts';
import { disclosureLedger } from '../ledgers/disclosure/index.ts';
import { normativeDocsLedger } from '../ledgers/normative_docs/index.ts';
import { reviewLitigationLedger } from '../ledgers/review_litigation/index.ts';
import { buildDisclosureReport, disclosureReportDocx } from './index.ts';

const TODAY = '2026-12-03';
const rule = rules.filter((r) => r.meta.id === 'disclosure/table-arithmetic');

const findings = async (name: string, bytes: Buffer) => {
  const [result] = await checkBuffers([{ name, bytes }], { registry: rule, metrics: false });
  expect(result.error).toBeUndefined();
  return result.findings.filter((f) => f.rule === 'disclosure/table-arithmetic');
};

describeEachDialect('disclosure report read back by the checker', (ctx) => {
  it('finds no arithmetic error in any demo township 2025 report, and finds the planted ones', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const calendar = await loadCalendar(db, TODAY);
    const pii = createPii({ dataDir });
    for (const ledger of [disclosureLedger, normativeDocsLedger, reviewLitigationLedger] as LedgerDef[]) {
      await inTx(db.k, (tx) =>
        ledger.seeds!({
          ledger,
          tx,
          pii,
          calendar,
          orgIds: demo.orgIds,
          userIds: demo.userIds,
          today: TODAY,
          dataDir,
        }),
      );
    }
    let normative = 0;
    for (const t of DEMO_TOWNSHIPS) {
      const org = await db.k
        .selectFrom('org')
        .select(['id', 'name', 'kind', 'path'])
        .where('code', '=', t.code)
        .executeTakeFirstOrThrow();
      const report = await buildDisclosureReport(db.k, org, 2025);
      expect(report.errors, t.name).toEqual([]);
      normative += report.tables.proactive.normative.valid;
      const docx = await disclosureReportDocx(report, '2026-01-15');
      expect(await findings(`${t.code}.docx`, docx), t.name).toEqual([]);
    }
    expect(normative).toBeGreaterThan(0);

    // A test copy of the first township's report with three planted errors.
    const first = await db.k
      .selectFrom('org')
      .select(['id', 'name', 'kind', 'path'])
      .where('code', '=', DEMO_TOWNSHIPS[0].code)
      .executeTakeFirstOrThrow();
    const report = await buildDisclosureReport(db.k, first, 2025);
    const planted = structuredClone(report);
    planted.tables.requests.disclose.natural += 1; // row 予以公开 and column 自然人 no longer add up
    planted.tables.requests.next.total += 1; // row 结转下年度 and the 勾稽关系 of 总计
    planted.tables.review.direct[0] += 1; // 未经复议直接起诉
    const found = await findings('planted.docx', await disclosureReportDocx(planted, '2026-01-15'));
    const messages = found.map((f) => f.message);
    expect(messages.some((m) => m.includes('予以公开') && m.includes('各类申请人之和'))).toBe(true);
    expect(messages.some((m) => m.includes('结转下年度') && m.includes('各类申请人之和'))).toBe(true);
    expect(messages.some((m) => m.startsWith('“自然人”一列办理结果各项之和'))).toBe(true);
    expect(messages.some((m) => m.startsWith('“总计”一列第一项加第二项之和'))).toBe(true);
    expect(messages.some((m) => m.includes('行政诉讼（未经复议直接起诉）'))).toBe(true);
    expect(found).toHaveLength(5);
  }, 240_000);
});
