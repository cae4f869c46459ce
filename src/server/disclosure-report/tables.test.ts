// The 政府信息公开工作年度报告 tables from the other ledgers, on each dialect: the 行政规范性文件 counts of
// table 二 come from the normative-documents ledger (公布 in the year, 废止 by 清理 in the year, in force
// on 12月31日) and table 四 from the 复议应诉 ledger (政府信息公开 cases only, by result on 12月31日,
// 复议后起诉 told from 直接起诉); every part of table 四 adds up, and planted errors are found.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { makeTree, type Tree } from '../../../test/factories.ts';
import { buildDisclosureReport } from './index.ts';
import { REVIEW_COLUMNS, reviewTableErrors } from './tables.ts';

const STAMP = '2025-01-01T00:00:00.000Z';

describeEachDialect('disclosure report tables from other ledgers', (ctx) => {
  let tree: Tree;
  const k = () => ctx().db.k;
  const org = () =>
    k()
      .selectFrom('org')
      .select(['id', 'name', 'kind', 'path'])
      .where('id', '=', tree.town.id)
      .executeTakeFirstOrThrow();

  const doc = (orgId: number, state: string, over: Record<string, unknown>) =>
    k()
      .insertInto('normativeDoc')
      .values({
        orgId,
        state,
        createdAt: STAMP,
        updatedAt: STAMP,
        createdBy: null,
        title: '关于规范农村集体资产管理的通知',
        draftedOn: '2024-03-01',
        draftingUnit: '党政综合办公室',
        ...over,
      } as never)
      .execute();
  const review = (over: Record<string, unknown>) =>
    k()
      .insertInto('reviewCase')
      .values({
        orgId: tree.town.id,
        state: over.decidedOn ? 'closed' : 'received',
        createdAt: STAMP,
        updatedAt: STAMP,
        createdBy: null,
        caseType: 'reconsideration',
        caseNo: `案${Math.random().toString(36).slice(2, 8)}`,
        body: '某县人民政府',
        claimantKind: 'natural',
        act: '政府信息公开申请答复（2025）第3号',
        actCategory: 'disclosure',
        ...over,
      } as never)
      .execute();

  beforeAll(async () => {
    tree = await makeTree(k(), '报表');
    // In force since 2024, still in force.
    await doc(tree.town.id, 'filed', { publishedOn: '2024-05-10' });
    // Issued 2025 (one in a village of the township), in force at year end.
    await doc(tree.town.id, 'filed', { publishedOn: '2025-02-10' });
    await doc(tree.village.id, 'published', { publishedOn: '2025-06-01' });
    // Issued 2024, repealed by 清理 in 2025: neither in force nor issued in 2025.
    await doc(tree.town.id, 'repealed', {
      publishedOn: '2024-01-05',
      cleanedOn: '2025-09-30',
      cleanResult: 'repeal',
    });
    // Repealed 2026: in force at the end of 2025.
    await doc(tree.town.id, 'repealed', {
      publishedOn: '2024-02-05',
      cleanedOn: '2026-01-10',
      cleanResult: 'repeal',
    });
    // Its 有效期 ended in 2025: not in force, not 废止.
    await doc(tree.town.id, 'expired', { publishedOn: '2023-02-05', validUntil: '2025-06-30' });
    // Still a draft, and another township's document: neither counts.
    await doc(tree.town.id, 'drafting', {});
    await doc(tree.sibling.id, 'filed', { publishedOn: '2025-03-01' });

    // 行政复议: 维持 (驳回请求), 纠正 (确认违法), pending at year end (decided 2026), decided in 2024 (not counted).
    await review({ receivedOn: '2025-02-01', decidedOn: '2025-03-20', reviewOutcome: 'reject' });
    await review({
      receivedOn: '2025-04-01',
      decidedOn: '2025-05-20',
      reviewOutcome: 'illegal',
      act: '不予公开告知书',
    });
    await review({
      receivedOn: '2025-11-01',
      decidedOn: '2026-01-20',
      reviewOutcome: 'uphold',
      act: '逾期未答复',
    });
    await review({ receivedOn: '2024-03-01', decidedOn: '2024-05-20', reviewOutcome: 'uphold', act: '旧案' });
    // 行政诉讼: after the 不予公开 review (same act), 败诉; directly, 撤诉 (其他) and pending; carried from 2024.
    await review({
      caseType: 'first',
      receivedOn: '2025-06-10',
      decidedOn: '2025-10-10',
      courtOutcome: 'revoke',
      act: '不予公开告知书',
    });
    await review({
      caseType: 'first',
      receivedOn: '2025-07-01',
      decidedOn: '2025-08-01',
      courtOutcome: 'withdrawn',
      act: '信息公开答复',
    });
    await review({ caseType: 'first', receivedOn: '2025-12-01', act: '另一答复' });
    await review({
      caseType: 'second',
      receivedOn: '2024-12-01',
      decidedOn: '2025-03-01',
      courtOutcome: 'reject_claim',
      act: '二审答复',
    });
    // Not about 政府信息公开, and another township's: neither counts.
    await review({
      receivedOn: '2025-02-01',
      decidedOn: '2025-03-20',
      reviewOutcome: 'reject',
      actCategory: 'penalty',
    });
    await review({
      orgId: tree.sibling.id,
      receivedOn: '2025-02-01',
      decidedOn: '2025-03-20',
      reviewOutcome: 'reject',
    });
  });

  it('counts 行政规范性文件 from the normative-documents ledger', async () => {
    const r = await buildDisclosureReport(k(), await org(), 2025);
    expect(r.tables.proactive.normative).toEqual({ made: 2, repealed: 1, valid: 4 });
    expect(r.tables.proactive.regulations).toEqual({ made: 0, repealed: 0, valid: 0 });
    const r26 = await buildDisclosureReport(k(), await org(), 2026);
    expect(r26.tables.proactive.normative).toEqual({ made: 0, repealed: 1, valid: 3 });
  });

  it('fills table 四 from the reconsideration and litigation ledger, and it adds up', async () => {
    const r = await buildDisclosureReport(k(), await org(), 2025);
    expect(REVIEW_COLUMNS).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(r.tables.review).toEqual({
      review: [1, 1, 0, 1, 3],
      direct: [1, 0, 1, 1, 3],
      afterReview: [0, 1, 0, 0, 1],
    });
    expect(r.errors).toEqual([]);
    // 2026: the review decided in 2026 (维持) and the lawsuit still pending carry over.
    const r26 = await buildDisclosureReport(k(), await org(), 2026);
    expect(r26.tables.review).toEqual({
      review: [1, 0, 0, 0, 1],
      direct: [0, 0, 0, 1, 1],
      afterReview: [0, 0, 0, 0, 0],
    });
    const planted = structuredClone(r.tables.review);
    planted.review[0] = 2;
    planted.afterReview[4] = 3;
    expect(reviewTableErrors(planted)).toEqual([
      '行政复议：各项之和 4 ≠ 总计 3',
      '行政诉讼（复议后起诉）：各项之和 1 ≠ 总计 3',
    ]);
  });
});
