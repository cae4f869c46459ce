// Figures of the annual report stay bound to the ledgers until signing, on each dialect: a bound
// figure follows its indicator when the draft is saved again, and a figure typed over it that the
// ledger does not bear out is an error finding (number/ledger-mismatch) that blocks signing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const today = '2026-11-16';
const YEAR = Number(today.slice(0, 4));
const DISPUTES = '/api/ledgers/disputes/dispute';

interface View {
  draft: {
    sections: Array<{
      key: string;
      heading: string;
      paragraphs: Array<{
        kind: string;
        text: string;
        area?: string;
        bindings: Array<{ id: string; value: number }>;
      }>;
    }>;
  };
  findings: Array<{ rule: string; severity: string; message: string }>;
}

for (const dialect of dialects()) {
  describe(`annual report figures [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let villageId: number;
    let base: string;

    const dispute = (title: string) =>
      clerk.post(DISPUTES, {
        title,
        orgId: villageId,
        acceptedOn: today,
        source: 'screening',
        category: 'neighbour',
        method: 'people',
        applicantName: '王小红',
        respondentName: '赵大力',
      });
    const editable = (v: View) =>
      v.draft.sections.map((s) => ({
        key: s.key,
        heading: s.heading,
        paragraphs: s.paragraphs.map((p) => ({ kind: p.kind, text: p.text, area: p.area })),
      }));
    const disputesParagraph = (v: View) => {
      const p = v.draft.sections[0].paragraphs.find((x) => x.bindings.some((b) => b.id === 'disputes.total'));
      if (!p) throw new Error('no disputes paragraph');
      return p;
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      villageId = orgs.find((o) => o.code === '511099101201')!.id;
      const town = orgs.find((o) => o.code === '511099101')!.id;
      base = `/api/annual-reports/${town}/${YEAR}`;
      for (const title of ['邻里排水沟纠纷', '土地承包边界纠纷'])
        expect((await dispute(title)).status).toBe(201);
      // The report is written, reviewed and signed after the year it covers.
      t.setToday(`${YEAR + 1}-01-20`);
    });
    afterAll(() => t.close());

    it('drafts the figure the ledger computes, bound to its indicator, with no mismatch', async () => {
      const res = await clerk.post(base);
      expect(res.status).toBe(201);
      const v = res.body as View;
      const p = disputesParagraph(v);
      expect(p.bindings.find((b) => b.id === 'disputes.total')!.value).toBe(2);
      expect(p.text).toContain('矛盾纠纷2件');
      expect(v.findings.filter((f) => f.rule === 'number/ledger-mismatch')).toEqual([]);
    });

    it('brings a bound figure to the ledger when the draft is saved after a new record', async () => {
      expect((await dispute('相邻通行纠纷')).status).toBe(201);
      const before = (await clerk.get(base)).body as View;
      const res = await clerk.req('PUT', `${base}/draft`, { sections: editable(before) });
      expect(res.status).toBe(200);
      const p = disputesParagraph(res.body);
      expect(p.text).toContain('矛盾纠纷3件');
      expect(p.bindings.find((b) => b.id === 'disputes.total')!.value).toBe(3);
      expect((res.body as View).findings.filter((f) => f.rule === 'number/ledger-mismatch')).toEqual([]);
    });

    it('flags a typed figure the ledger does not bear out, and refuses to sign it', async () => {
      const v = (await clerk.get(base)).body as View;
      const sections = editable(v);
      const p = disputesParagraph(v);
      const i = v.draft.sections[0].paragraphs.indexOf(p);
      sections[0].paragraphs[i].text = p.text.replace('矛盾纠纷3件', '矛盾纠纷8件');
      const res = await clerk.req('PUT', `${base}/draft`, { sections });
      const mismatch = (res.body as View).findings.filter((f) => f.rule === 'number/ledger-mismatch');
      expect(mismatch).toHaveLength(1);
      expect(mismatch[0].severity).toBe('error');
      expect(mismatch[0].message).toContain('台账计算的“排查调解矛盾纠纷”是3件');
      // the typed figure is no longer bound: the next save leaves it as written
      const typed = (res.body as View).draft.sections[0].paragraphs[i];
      expect(typed.text).toContain('矛盾纠纷8件');
      expect(typed.bindings.some((b) => b.id === 'disputes.total')).toBe(false);
      expect((await clerk.post(`${base}/transitions/submit_review`, {})).status).toBe(200);
      expect((await leader.post(`${base}/transitions/approve`, {})).status).toBe(200);
      const sign = await leader.post(`${base}/transitions/sign`, {});
      expect(sign.status).toBe(409);
      expect(JSON.stringify(sign.body)).toContain('number/ledger-mismatch');
    });

    it('binds a figure again once the text states what the ledger computes', async () => {
      expect(
        (await leader.post(`${base}/transitions/return`, { reason: '数字与台账不符，请核对' })).status,
      ).toBe(200);
      const v = (await clerk.get(base)).body as View;
      const sections = editable(v);
      const i = v.draft.sections[0].paragraphs.findIndex((p) => p.text.includes('矛盾纠纷8件'));
      sections[0].paragraphs[i].text = sections[0].paragraphs[i].text.replace('矛盾纠纷8件', '矛盾纠纷3件');
      const res = await clerk.req('PUT', `${base}/draft`, { sections });
      expect(res.status).toBe(200);
      const b = disputesParagraph(res.body as View).bindings.find((x) => x.id === 'disputes.total');
      expect(b?.value).toBe(3);
      expect((res.body as View).findings.filter((f) => f.rule === 'number/ledger-mismatch')).toEqual([]);
    });
  });
}
