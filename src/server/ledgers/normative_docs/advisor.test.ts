// The contract with the advisor ledger: the legality-review step `legal_review` of `normative_doc`,
// its roles and fields, and the advisor's policy — the step on documents of the advisor's
// township, nothing else of the ledger; the supervisor reads and takes no step.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { makeTree, makeUser } from '../../../../test/factories.ts';
import { normativeDocsLedger } from './index.ts';

const rt = normativeDocsLedger.recordTypes[0];

describe('normative documents manifest', () => {
  it('keeps the advisor contract: legal_review on normative_doc with its four fields', () => {
    const t = rt.workflow.transitions.find((x) => x.id === 'legal_review')!;
    expect(t.roles).toEqual(expect.arrayContaining(['advisor', 'clerk']));
    expect(t.fields).toEqual(
      expect.arrayContaining(['reviewConclusion', 'reviewOpinion', 'reviewedOn', 'reviewer']),
    );
    const conclusion = rt.fields.find((f) => f.name === 'reviewConclusion')!;
    expect(conclusion.options?.map((o) => o.label)).toEqual(['合法', '修改后合法', '不合法']);
  });
});

describeEachDialect('normative documents: the advisor policy', (ctx) => {
  it('lets the advisor give the review opinion but read nothing; the supervisor only reads', async () => {
    const tree = await makeTree(ctx().db.k, '顾问');
    const advisor = await makeUser(ctx().db.k, tree.town.id, ['advisor']);
    const supervisor = await makeUser(ctx().db.k, tree.county.id, ['supervisor']);
    const town = await ctx()
      .db.k.selectFrom('org')
      .select('path')
      .where('id', '=', tree.town.id)
      .executeTakeFirstOrThrow();
    const at = (state: string) => ({ orgPath: town.path, state });
    const p = normativeDocsLedger.policy;
    expect(p(advisor.actor, 'transition:legal_review', at('under_review'))).toBe(true);
    expect(p(advisor.actor, 'transition:legal_review', at('published'))).toBe(false);
    expect(p(advisor.actor, 'read', at('under_review'))).toBe(false);
    expect(p(advisor.actor, 'transition:publish', at('registered'))).toBe(false);
    expect(p(advisor.actor, 'transition:legal_review', { orgPath: '/99999/', state: 'under_review' })).toBe(
      false,
    );
    expect(p(supervisor.actor, 'read', at('filed'))).toBe(true);
    expect(p(supervisor.actor, 'transition:file', at('published'))).toBe(false);
  });
});
