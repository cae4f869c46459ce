// The normative documents ledger on both dialects: each guard refusing with its source (国办发
// 〔2018〕37号, 115号, 《公平竞争审查条例》), the 三统一 number unique per organisation and year with the
// next free number offered, the clocks (合法性审核 in working days over 国庆, 备案 in calendar days
// over 春节, 有效期 warned 90 days ahead), the advisor's policy, the indicators on known records, and
// (the advisor's contract: advisor.test.ts; demo seeds: seeds.test.ts).
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { createPii } from '../../core/pii.ts';
import { deadlinesOfRecord } from '../../core/workflow/deadlines.ts';
import type { Db } from '../../db/connect.ts';
import type { LedgerRow } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { runTransition } from '../workflow.ts';
import { normativeDocsLedger } from './index.ts';

const rt = normativeDocsLedger.recordTypes[0];
const calendar = createCalendar(shippedYears);
const TODAY = '2026-11-20';
const ind = (id: string) => normativeDocsLedger.indicators.find((i) => i.id === id)!;

describeEachDialect('normative documents ledger', (ctx) => {
  let tree: Tree;
  let clerk: { id: number; actor: Actor };
  let runtime: LedgerRuntime;
  const db = (): Db => ctx().db;

  const setup = async () => {
    if (tree) return;
    tree = await makeTree(db().k, '规范');
    clerk = await makeUser(db().k, tree.town.id, ['clerk']);
    runtime = { pii: createPii({ dataDir: ctx().dataDir }), calendar, today: TODAY };
  };
  const newDoc = async (draftedOn: string, extra: Record<string, unknown> = {}): Promise<LedgerRow> => {
    await setup();
    return inTx(db().k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        normativeDocsLedger,
        rt,
        {
          title: '农贸市场经营秩序管理规定',
          orgId: tree.town.id,
          draftedOn,
          draftingUnit: 'economy',
          ...extra,
        },
        runtime,
      ),
    );
  };
  const step = (
    id: number,
    transition: string,
    on: string,
    fields: Record<string, unknown> = {},
    actor?: Actor,
  ) =>
    runTransition(
      db(),
      actor ?? clerk.actor,
      normativeDocsLedger,
      rt,
      id,
      transition,
      { on, fields },
      runtime,
    );
  const refusal = async (p: Promise<unknown>) => {
    const err = (await p.then(
      () => null,
      (e: unknown) => e,
    )) as { status: number; code: string; message: string; extra?: Record<string, unknown> } | null;
    expect(err, 'the step should be refused').not.toBeNull();
    expect(err!.status).toBe(409);
    expect(err!.code).toBe('WORKFLOW_REFUSED');
    return err!;
  };
  const clock = async (id: number, deadlineId: string) => {
    const all = await deadlinesOfRecord(db().k, calendar, TODAY, {
      ledger: 'normative_docs',
      recordType: 'normative_doc',
      recordId: id,
    });
    const d = all.find((x) => x.deadlineId === deadlineId);
    if (!d) throw new Error(`no clock ${deadlineId}`);
    return d;
  };
  const lawful = (on: string) => ({
    reviewConclusion: 'lawful',
    reviewOpinion: '制定主体适格，内容合法，程序符合规定。',
    reviewedOn: on,
    reviewer: '孙立新（法律顾问）',
  });
  /** A document through review, deliberation, registration and publication on the given days. */
  const issue = async (d: {
    drafted: string;
    reviewed: string;
    deliberated: string;
    registered: string;
    seq: number;
    published: string;
    validUntil: string;
    filed?: string;
  }) => {
    const doc = await newDoc(d.drafted, { title: `文件${d.seq}-${d.published}` });
    await step(doc.id, 'legal_review', d.reviewed, lawful(d.reviewed));
    await step(doc.id, 'deliberate', d.deliberated, {
      meeting: '镇人民政府常务会议',
      deliberatedOn: d.deliberated,
      deliberationResult: 'approved',
    });
    const year = Number(d.registered.slice(0, 4));
    await step(doc.id, 'register', d.registered, { docPrefix: '规范府规', docYear: year, docSeq: d.seq });
    await step(doc.id, 'publish', d.published, {
      publishChannel: 'website',
      effectiveOn: d.published,
      validUntil: d.validUntil,
    });
    if (d.filed) await step(doc.id, 'file', d.filed, { filedWith: '县人民政府' });
    return doc;
  };

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of normativeDocsLedger.indicators) {
      expect(await def.compute(db().k, ['/'], 2025)).toBe(0);
      expect((await def.drill(db().k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('refuses each step out of order with its source, and runs the procedure to 备案', async () => {
    const doc = await newDoc('2025-08-01', { businessRelated: true });
    const id = doc.id;
    // 公布 before review: refused, citing 115号.
    const early = await refusal(
      step(id, 'publish', '2025-08-04', {
        publishChannel: 'website',
        effectiveOn: '2025-08-04',
        validUntil: '2030-08-03',
      }),
    );
    expect(early.message).toContain('未经合法性审核');
    expect(early.message).toContain('国办发〔2018〕115号');
    // 征求意见: at least 7 working days unless a reason is recorded; kept until the announced end.
    const short = await refusal(
      step(id, 'start_comments', '2025-08-04', {
        commentFrom: '2025-08-04',
        commentUntil: '2025-08-08',
        commentChannel: 'website',
      }),
    );
    expect(short.message).toMatch(/不少于7个工作日.*2025-08-13/);
    expect(short.message).toContain('国办发〔2018〕37号');
    await step(id, 'start_comments', '2025-08-04', {
      commentFrom: '2025-08-04',
      commentUntil: '2025-08-25',
      commentChannel: 'website',
    });
    const notOver = await refusal(step(id, 'close_comments', '2025-08-20', { commentCount: 3 }));
    expect(notOver.message).toContain('2025-08-25届满');
    await step(id, 'close_comments', '2025-08-26', { commentCount: 3, commentAdoption: '采纳2条' });

    // 集体审议 before review: refused (115号).
    const noReview = await refusal(
      step(id, 'deliberate', '2025-09-01', {
        meeting: '常务会议',
        deliberatedOn: '2025-09-01',
        deliberationResult: 'approved',
      }),
    );
    expect(noReview.message).toContain('不得提交集体审议');

    // 送审 on Friday 2025-09-26: 15 working days, 国庆 off, 09-28 and 10-11 worked (调休).
    await step(id, 'submit_review', '2025-09-26', { reviewBody: 'advisor' });
    const review = await clock(id, 'legal_review');
    expect(review.due).toBe('2025-10-23');
    expect(review.unit).toBe('working');
    expect(review.basis).toContain('国办发〔2018〕115号');

    // 不合法: no deliberation; revise and send again.
    await step(id, 'legal_review', '2025-10-10', {
      reviewConclusion: 'unlawful',
      reviewOpinion: '草案第八条设定罚款，超越法定权限，不合法。',
      reviewer: '孙立新',
    });
    const unlawful = await refusal(
      step(id, 'deliberate', '2025-10-13', {
        meeting: '常务会议',
        deliberatedOn: '2025-10-13',
        deliberationResult: 'approved',
      }),
    );
    expect(unlawful.message).toContain('经合法性审核不合法');
    await step(id, 'revise', '2025-10-13');
    await step(id, 'submit_review', '2025-10-14', { reviewBody: 'justice' });
    const vague = await refusal(
      step(id, 'legal_review', '2025-10-20', {
        reviewConclusion: 'lawful_if_amended',
        reviewOpinion: '修改',
        reviewer: '张丽娟',
      }),
    );
    expect(vague.message).toContain('写明修改意见');
    const reviewed = await step(id, 'legal_review', '2025-10-20', {
      reviewConclusion: 'lawful_if_amended',
      reviewOpinion: '删除第八条罚款规定后，草案合法。',
      reviewer: '张丽娟（司法所）',
    });
    expect(reviewed.reviewedOn).toBe('2025-10-20');
    expect(reviewed.reviewBody).toBe('justice');
    expect((await clock(id, 'legal_review')).state).toBe('met');

    // 公平竞争审查: required by the flag before deliberation; 第十二条 needs its explanation.
    const noFair = await refusal(
      step(id, 'deliberate', '2025-11-05', {
        meeting: '常务会议',
        deliberatedOn: '2025-11-05',
        deliberationResult: 'approved',
      }),
    );
    expect(noFair.message).toContain('《公平竞争审查条例》第十三条、第十七条');
    const exception = await refusal(step(id, 'fair_review', '2025-10-22', { fairConclusion: 'exception' }));
    expect(exception.message).toContain('第十二条');
    await step(id, 'fair_review', '2025-10-22', { fairConclusion: 'compliant' });
    await step(id, 'deliberate', '2025-11-05', {
      meeting: '镇人民政府常务会议（第12次）',
      deliberatedOn: '2025-11-05',
      deliberationResult: 'approved',
    });

    // 公布 before 统一登记编号: refused; the number's year is the registration's.
    const unregistered = await refusal(
      step(id, 'publish', '2026-01-20', {
        publishChannel: 'website',
        effectiveOn: '2026-01-20',
        validUntil: '2026-12-30',
      }),
    );
    expect(unregistered.message).toContain('统一登记、统一编号、统一印发');
    const wrongYear = await refusal(
      step(id, 'register', '2026-01-16', { docPrefix: '规范府规', docYear: 2025, docSeq: 1 }),
    );
    expect(wrongYear.message).toContain('2026年');
    const registered = await step(id, 'register', '2026-01-16', {
      docPrefix: '规范府规',
      docYear: 2026,
      docSeq: 1,
    });
    expect(registered.docNumber).toBe('规范府规〔2026〕1号');

    // Published 2026-01-20: 备案 within 30 days ends 02-19, in 春节 (02-15…02-23): moved to 02-24.
    await step(id, 'publish', '2026-01-20', {
      publishChannel: 'website',
      effectiveOn: '2026-01-20',
      validUntil: '2026-12-30',
    });
    const filing = await clock(id, 'filing');
    expect(filing.due).toBe('2026-02-24');
    expect(filing.unit).toBe('calendar');
    expect(filing.explain.join('\n')).toContain('顺延');
    const filed = await step(id, 'file', '2026-02-10', {
      filedWith: '县人民政府',
      filingNo: '县备〔2026〕3号',
    });
    expect(filed.state).toBe('filed');
    expect((await clock(id, 'filing')).state).toBe('met');
    // 有效期 to 12-30: due 12-31, a yellow card from 90 days ahead (41 days left on 11-20).
    const validity = await clock(id, 'validity');
    expect(validity.due).toBe('2026-12-31');
    expect(validity.colour).toBe('yellow');
  });

  it('keeps a number once per organisation and year, offering the next free one', async () => {
    await issue({
      drafted: '2025-03-02',
      reviewed: '2025-03-10',
      deliberated: '2025-03-20',
      registered: '2025-03-24',
      seq: 1,
      published: '2025-03-25',
      validUntil: '2030-03-24',
    });
    await issue({
      drafted: '2025-04-01',
      reviewed: '2025-04-10',
      deliberated: '2025-04-20',
      registered: '2025-04-24',
      seq: 2,
      published: '2025-04-25',
      validUntil: '2030-04-24',
    });
    const doc = await newDoc('2025-05-06');
    await step(doc.id, 'legal_review', '2025-05-12', lawful('2025-05-12'));
    await step(doc.id, 'deliberate', '2025-05-20', {
      meeting: '常务会议',
      deliberatedOn: '2025-05-20',
      deliberationResult: 'approved',
    });
    const taken = await refusal(
      step(doc.id, 'register', '2025-05-22', { docPrefix: '规范府规', docYear: 2025, docSeq: 1 }),
    );
    expect(taken.message).toContain('文号“规范府规〔2025〕1号”已由本机关规范性文件');
    expect(taken.message).toContain('下一个可用编号为第3号');
    expect(taken.extra).toMatchObject({ nextSeq: 3 });
    // Another organisation may use the same number.
    const other = await makeUser(db().k, tree.sibling.id, ['clerk']);
    const elsewhere = await inTx(db().k, (tx) =>
      createRecord(
        tx,
        other.actor,
        normativeDocsLedger,
        rt,
        { title: '邻乡文件', orgId: tree.sibling.id, draftedOn: '2025-05-06', draftingUnit: 'office' },
        runtime,
      ),
    );
    await step(elsewhere.id, 'legal_review', '2025-05-12', lawful('2025-05-12'), other.actor);
    await step(
      elsewhere.id,
      'deliberate',
      '2025-05-20',
      { meeting: '常务会议', deliberatedOn: '2025-05-20', deliberationResult: 'approved' },
      other.actor,
    );
    const same = await step(
      elsewhere.id,
      'register',
      '2025-05-22',
      { docPrefix: '邻乡府规', docYear: 2025, docSeq: 1 },
      other.actor,
    );
    expect(same.docNumber).toBe('邻乡府规〔2025〕1号');
    // And the refused one takes the next.
    expect(
      (await step(doc.id, 'register', '2025-05-22', { docPrefix: '规范府规', docYear: 2025, docSeq: 3 }))
        .state,
    ).toBe('registered');
  });

  it('cleans: 修改 needs its reason, 废止 is its own step, 失效 only after the validity ends', async () => {
    const a = await issue({
      drafted: '2024-02-01',
      reviewed: '2024-02-10',
      deliberated: '2024-02-20',
      registered: '2024-02-22',
      seq: 7,
      published: '2024-02-23',
      validUntil: '2026-06-30',
      filed: '2024-03-01',
    });
    const amend = await refusal(step(a.id, 'clean', '2025-12-10', { cleanResult: 'amend' }));
    expect(amend.message).toContain('应当说明理由');
    expect(amend.message).toContain('动态清理');
    const viaClean = await refusal(
      step(a.id, 'clean', '2025-12-10', { cleanResult: 'repeal', cleanReason: '上位法修改' }),
    );
    expect(viaClean.message).toContain('清理：废止');
    const kept = await step(a.id, 'clean', '2025-12-10', {
      cleanResult: 'continue',
      cleanReason: '继续适用',
    });
    expect(kept.state).toBe('filed');
    expect((await clock(a.id, 'validity_after_clean')).due).toBe('2026-07-01');
    const notYet = await refusal(step(a.id, 'expire', '2026-06-30'));
    expect(notYet.message).toContain('尚未届满');
    expect((await step(a.id, 'expire', '2026-07-01')).state).toBe('expired');

    const b = await issue({
      drafted: '2024-03-01',
      reviewed: '2024-03-10',
      deliberated: '2024-03-20',
      registered: '2024-03-22',
      seq: 8,
      published: '2024-03-25',
      validUntil: '2029-03-24',
      filed: '2024-04-01',
    });
    const repealed = await step(b.id, 'repeal', '2025-12-12', { cleanReason: '上位法已修改，予以废止' });
    expect(repealed.state).toBe('repealed');
    expect(repealed.cleanResult).toBe('repeal');
    // A validity ending years after publication is watched from the 清理 of the year before it ends.
    await expect(clock(b.id, 'validity')).rejects.toThrow(/no clock/);
  });

  it('counts issued, reviewed, filed, cleaned, repealed and in-force documents on known records', async () => {
    await setup();
    const town = await db()
      .k.selectFrom('org')
      .select('path')
      .where('id', '=', tree.town.id)
      .executeTakeFirstOrThrow();
    const paths = [town.path];
    const v = (id: string, y: number) => ind(id).compute(db().k, paths, y);
    // From the earlier cases in this township: published 2026-01-20 (filed 02-10), 2025-03-25,
    // 2025-04-25, 2025-05 (registered, not published), 2024-02-23 (expired 2026-07-01), 2024-03-25
    // (repealed 2025-12-12).
    expect(await v('normative_docs.issued', 2025)).toBe(2);
    expect(await v('normative_docs.issued', 2026)).toBe(1);
    expect(await v('normative_docs.issued', 2024)).toBe(2);
    expect(await v('normative_docs.reviewed', 2025)).toBe(4);
    expect(await v('normative_docs.filed', 2024)).toBe(2);
    expect(await v('normative_docs.filed', 2026)).toBe(1);
    expect(await v('normative_docs.cleaned', 2025)).toBe(2);
    expect(await v('normative_docs.repealed', 2025)).toBe(1);
    // In force at the end of 2025: 2025-03, 2025-04, 2024-02 (until 2026-06-30); not the repealed one.
    expect(await v('normative_docs.in_force', 2025)).toBe(3);
    // At the end of 2026: the 2025 two (to 2030); 2026-01 ends 12-30, 2024-02 expired.
    expect(await v('normative_docs.in_force', 2026)).toBe(2);
    const drill = await ind('normative_docs.repealed').drill(db().k, paths, 2025);
    expect(drill.type).toBe('normative_doc');
    expect(drill.ids).toHaveLength(1);
    // Another township's scope sees none of it.
    const sibling = await db()
      .k.selectFrom('org')
      .select('path')
      .where('id', '=', tree.sibling.id)
      .executeTakeFirstOrThrow();
    expect(await ind('normative_docs.issued').compute(db().k, [sibling.path], 2025)).toBe(0);
  });
});
