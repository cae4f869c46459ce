// 公开门户 sections on each dialect: 行政执法公示 (published decisions with natural persons' names
// masked, a withdrawn decision shown as withdrawn, officers with a certificate valid today) and
// 政府信息公开目录 (published proactive items with their metadata, normative documents with their
// validity), and 审计链校验值. Nothing unpublished and nothing of another township is shown.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar/dates.ts';
import { createTestApp, type Res, TEST_TODAY, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const CODE = '511099101';
const OTHER = '511099001';
const STAMP = '2026-01-01T00:00:00.000Z';

for (const dialect of dialects()) {
  describe(`portal sections [${dialect}]`, () => {
    let t: TestApp;
    let town: number;
    let other: number;
    const ids: Record<string, number> = {};

    const page = async (url: string): Promise<string> => {
      const res: Res = await t.anon().get(url);
      expect(res.status, url).toBe(200);
      expect(String(res.headers['content-type'])).toContain('text/html');
      expect(res.headers['set-cookie']).toBeUndefined();
      return String(res.body);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const k = t.app.db.k;
      const orgId = async (code: string) =>
        (await k.selectFrom('org').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
      town = await orgId(CODE);
      other = await orgId(OTHER);
      const common = { state: 'decided', createdAt: STAMP, createdBy: null, updatedAt: STAMP };
      const caseRow = (orgId: number, n: number, extra: Record<string, unknown>) => ({
        ...common,
        orgId,
        caseNo: `综执罚立〔2026〕${n}号`,
        title: '占道经营案',
        filedOn: '2026-09-01',
        source: 'inspection',
        isMajor: 0,
        decidedOn: '2026-09-20',
        outcome: 'fine',
        ...extra,
      });
      const insertCase = async (row: Record<string, unknown>) =>
        (
          await k
            .insertInto('enforcementCase')
            .values(row as never)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      ids.person = await insertCase(
        caseRow(town, 1, {
          partyType: 'person',
          partyName: '王德福',
          decisionNo: '青综执罚决〔2026〕1号',
          publishedOn: '2026-09-25',
        }),
      );
      ids.entity = await insertCase(
        caseRow(town, 2, {
          partyType: 'entity',
          partyName: '清源县丰禾农资有限公司',
          decisionNo: '青综执罚决〔2026〕2号',
          publishedOn: '2026-09-26',
        }),
      );
      await insertCase(
        caseRow(town, 3, { partyType: 'person', partyName: '李未公', decisionNo: '青综执罚决〔2026〕3号' }),
      );
      await insertCase(
        caseRow(other, 4, {
          partyType: 'entity',
          partyName: '城关某商贸公司',
          decisionNo: '城综执罚决〔2026〕4号',
          publishedOn: '2026-09-25',
        }),
      );
      const officer = (orgId: number, name: string, certNo: string, extra: Record<string, unknown> = {}) =>
        k
          .insertInto('enforcementOfficer')
          .values({
            ...common,
            state: 'active',
            orgId,
            name,
            certNo,
            field: 'comprehensive',
            issuedOn: '2024-01-01',
            validUntil: '2028-12-31',
            ...extra,
          } as never)
          .execute();
      await officer(town, '张有证', 'ZF51000001');
      await officer(town, '赵过期', 'ZF51000002', { validUntil: '2026-01-31' });
      await officer(town, '钱注销', 'ZF51000003', { state: 'revoked', revokedOn: '2026-05-01' });
      await officer(other, '孙城关', 'ZF51000004');
      const item = (orgId: number, title: string, state: string, n: number) =>
        k
          .insertInto('disclosureItem')
          .values({
            ...common,
            state,
            orgId,
            title,
            indexNo: `${CODE}/2026-0000${n}`,
            publisher: '青石镇人民政府',
            heading: '政府文件',
            topic: 'general',
            genre: 'announcement',
            docNo: '青府发〔2026〕5号',
            writtenOn: '2026-03-01',
            publishedOn: state === 'published' ? '2026-03-05' : null,
            validity: 'valid',
          } as never)
          .execute();
      await item(town, '青石镇关于春耕备耕的公告', 'published', 1);
      await item(town, '青石镇尚未公开的草稿通知', 'draft', 2);
      await item(other, '城关街道关于老旧小区改造的公告', 'published', 3);
      const doc = (title: string, state: string, extra: Record<string, unknown> = {}) =>
        k
          .insertInto('normativeDoc')
          .values({
            ...common,
            state,
            orgId: town,
            title,
            draftedOn: '2025-01-01',
            draftingUnit: 'office',
            ...extra,
          } as never)
          .execute();
      await doc('青石镇村规民约备案审查办法', 'filed', {
        docNumber: '青府规〔2025〕1号',
        publishedOn: '2025-03-01',
        validUntil: '2030-02-28',
      });
      await doc('青石镇农村建房管理规定', 'repealed', {
        docNumber: '青府规〔2023〕1号',
        publishedOn: '2023-03-01',
      });
      await doc('青石镇起草中的规范性文件', 'drafting');
    });
    afterAll(async () => t?.close());

    it('the township page links to every section and the footer to the audit checkpoint', async () => {
      const body = await page(`/gk/${CODE}/`);
      expect(body).toContain(`href="/gk/${CODE}/enforcement"`);
      expect(body).toContain(`href="/gk/${CODE}/catalogue"`);
      expect(body).toContain('href="/gk/audit-checkpoint"');
      expect(body).toContain('尚未公开法治政府建设年度报告');
    });

    it('行政执法公示: published decisions with masked names, valid officers only, this township only', async () => {
      const body = await page(`/gk/${CODE}/enforcement`);
      expect(body).toContain('<html lang="zh-CN"');
      expect(body).toContain('青综执罚决〔2026〕1号');
      expect(body).toContain('王*福');
      expect(body).not.toContain('王德福');
      expect(body).toContain('清源县丰禾农资有限公司');
      expect(body).toContain('行政处罚决定');
      expect(body).toContain('<dd>青石镇人民政府</dd>');
      // Unpublished, and another township's.
      expect(body).not.toContain('青综执罚决〔2026〕3号');
      expect(body).not.toContain('李未公');
      expect(body).not.toContain('城综执罚决〔2026〕4号');
      // Officers: only certificates valid on the clock's today.
      expect(body).toContain('张有证');
      expect(body).toContain('ZF51000001');
      expect(body).not.toContain('赵过期');
      expect(body).not.toContain('钱注销');
      expect(body).not.toContain('孙城关');
      expect(body).not.toContain('已撤回');
    });

    it('a decision withdrawn (行政处罚法 第四十八条) shows as withdrawn, with the reason', async () => {
      const leader = await t.login('qingshi.leader');
      // the day the decision was revoked starts three days to withdraw it (第四十八条第二款)
      const overturn = `/api/ledgers/enforcement/case/${ids.person}/transitions/record_overturn`;
      const future = await leader.post(overturn, {
        fields: { disclosureOverturnedOn: addDays(TEST_TODAY, 1), disclosureOverturnReason: '复议机关撤销' },
      });
      expect(future.status).toBe(409);
      const revoked = await leader.post(overturn, {
        fields: { disclosureOverturnedOn: addDays(TEST_TODAY, -1), disclosureOverturnReason: '复议机关撤销' },
      });
      expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
      const clock = () =>
        t.app.db.k
          .selectFrom('deadline')
          .select(['due', 'state'])
          .where('recordId', '=', ids.person)
          .where('deadlineId', '=', 'disclosure_withdraw')
          .executeTakeFirstOrThrow();
      expect(await clock()).toEqual({ due: addDays(TEST_TODAY, 2), state: 'open' });
      const url = `/api/ledgers/enforcement/case/${ids.person}/transitions/withdraw_disclosure`;
      const res = await leader.post(url, { fields: { disclosureWithdrawReason: '该决定已被复议机关撤销' } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const again = await leader.post(url, { fields: { disclosureWithdrawReason: '重复撤回' } });
      expect(again.status).toBe(409);
      expect((await clock()).state).not.toBe('open');
      const notPublished = await leader.post(
        `/api/ledgers/enforcement/case/${ids.entity + 1}/transitions/withdraw_disclosure`,
        { fields: { disclosureWithdrawReason: '未公开' } },
      );
      expect(notPublished.status).toBe(409);
      const body = await page(`/gk/${CODE}/enforcement`);
      expect(body).toContain('已撤回');
      expect(body).toContain(`${TEST_TODAY}撤回公开。该决定已被复议机关撤销`);
    });

    it('政府信息公开目录: published items with their metadata, normative documents with validity', async () => {
      const body = await page(`/gk/${CODE}/catalogue`);
      expect(body).toContain('青石镇关于春耕备耕的公告');
      for (const label of [
        '索引号',
        '发布机构',
        '主题分类',
        '体裁分类',
        '发文字号',
        '成文日期',
        '发布日期',
        '有效性',
      ]) {
        expect(body).toContain(`<dt>${label}</dt>`);
      }
      expect(body).toContain('综合政务');
      expect(body).toContain('公告');
      expect(body).not.toContain('尚未公开的草稿通知');
      expect(body).not.toContain('老旧小区改造');
      expect(body).toContain('青石镇村规民约备案审查办法');
      expect(body).toContain('<dd>废止</dd>');
      expect(body).not.toContain('起草中的规范性文件');
    });

    it('审计链校验值, and a Chinese 404 for unknown sections and townships', async () => {
      const body = await page('/gk/audit-checkpoint');
      expect(body).toContain('审计链校验值');
      for (const url of [`/gk/${CODE}/nothing`, '/gk/999999999/enforcement', `/gk/${CODE}/enforcement/x`]) {
        const res = await t.anon().get(url);
        expect(res.status, url).toBe(404);
        expect(String(res.body)).toContain('页面不存在');
      }
    });
  });
}
