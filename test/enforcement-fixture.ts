// The enforcement ledger's test fixture: a township with two officers, one whose certificate has
// lapsed, a leader, an advisor and a neighbour, and the helpers that open a case and walk its steps.
// Shared by the ledger's suites (enforcement-*.test.ts); call it inside describeEachDialect.
import { Readable } from 'node:stream';
import { beforeAll } from 'vitest';
import type { Actor } from '../src/server/core/actor.ts';
import { storeAttachment } from '../src/server/core/attachments.ts';
import { loadCalendar } from '../src/server/core/calendar.ts';
import { createPii, type Pii } from '../src/server/core/pii.ts';
import { AppError } from '../src/server/errors.ts';
import type { LedgerRow, RecordTypeDef } from '../src/server/ledgers/contract.ts';
import { enforcementLedger as ledger } from '../src/server/ledgers/enforcement/index.ts';
import { createRecord, type LedgerRuntime } from '../src/server/ledgers/store.ts';
import { applyTransition } from '../src/server/ledgers/workflow.ts';
import type { Calendar } from '../src/shared/calendar/index.ts';
import type { TestDb } from './db.ts';
import { inTx, makeTree, makeUser, type Tree } from './factories.ts';

export const rtOf = (type: string) => ledger.recordTypes.find((r) => r.type === type) as RecordTypeDef;
export const caseRt = rtOf('case');
export const officerRt = rtOf('officer');
export const inspectionRt = rtOf('inspection');
export const TODAY = '2025-12-31';

type Person = { id: number; actor: Actor };

export interface EnforcementPeople {
  tree: Tree;
  pii: Pii;
  calendar: Calendar;
  officerA: Person;
  officerB: Person;
  lapsed: Person;
  leader: Person;
  advisor: Person;
  outsider: Person;
}

export function enforcementFixture(ctx: () => TestDb) {
  let tree: Tree;
  let pii: Pii;
  let calendar: Calendar;
  let officerA: { id: number; actor: Actor };
  let officerB: { id: number; actor: Actor };
  let lapsed: { id: number; actor: Actor };
  let leader: { id: number; actor: Actor };
  let advisor: { id: number; actor: Actor };
  let outsider: { id: number; actor: Actor };
  let n = 0;
  let files = 0;

  const runtime = (today = TODAY): LedgerRuntime => ({ pii, calendar, today });
  const k = () => ctx().db.k;

  async function newCase(over: Record<string, unknown> = {}): Promise<LedgerRow> {
    n++;
    return inTx(k(), (tx) =>
      createRecord(
        tx,
        officerA.actor,
        ledger,
        caseRt,
        {
          caseNo: `测综执罚立〔2025〕${n}号`,
          title: '露天焚烧秸秆案',
          orgId: tree.town.id,
          filedOn: '2025-09-01',
          source: 'inspection',
          isMajor: false,
          leadOfficerId: officerA.id,
          secondOfficerId: officerB.id,
          partyType: 'person',
          partyName: '张晓明',
          partyPhone: '13812345678',
          partyIdcard: '11010519491231002X',
          facts: '在田间露天焚烧秸秆',
          ...over,
        },
        runtime(),
      ),
    );
  }

  async function evidence(name = '现场检查笔录.txt', text = `现场检查笔录 第${++files}份`): Promise<number> {
    const a = await storeAttachment(k(), officerA.actor, {
      stream: Readable.from([Buffer.from(text, 'utf8')]),
      filename: name,
      orgId: tree.town.id,
      dataDir: ctx().dataDir,
      maxBytes: 1 << 20,
    });
    return a.id;
  }

  /** A step; the advisor's arrive as the answer of a review task linked to the case (delegated). */
  function step(actor: Actor, id: number, transition: string, input: Record<string, unknown>, today = TODAY) {
    const delegated = actor === advisor.actor;
    return inTx(k(), (tx) =>
      applyTransition(tx, actor, ledger, caseRt, id, transition, input, runtime(today), { delegated }),
    );
  }

  /** Runs a step expected to be refused and returns the refusal's message and basis. */
  async function refused(
    actor: Actor,
    id: number,
    transition: string,
    input: Record<string, unknown>,
    today = TODAY,
  ) {
    try {
      await step(actor, id, transition, input, today);
    } catch (err) {
      if (err instanceof AppError && err.code === 'WORKFLOW_REFUSED') {
        return { message: err.message, basis: String(err.extra.basis) };
      }
      throw err;
    }
    throw new Error(`${transition} was not refused`);
  }

  async function walkTo(id: number, until: 'investigating' | 'notified', hearingOffered = false) {
    await step(officerA.actor, id, 'investigate', { on: '2025-09-02', attachmentIds: [await evidence()] });
    if (until === 'investigating') return;
    await step(officerA.actor, id, 'notify', { on: '2025-09-05', fields: { hearingOffered } });
  }

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    calendar = await loadCalendar(db, TODAY);
    tree = await makeTree(db.k, '执法');
    officerA = await makeUser(db.k, tree.town.id, ['officer'], { displayName: '王执法' });
    officerB = await makeUser(db.k, tree.town.id, ['officer'], { displayName: '李执法' });
    lapsed = await makeUser(db.k, tree.town.id, ['officer'], { displayName: '赵过期' });
    leader = await makeUser(db.k, tree.town.id, ['leader'], { displayName: '刘镇长' });
    advisor = await makeUser(db.k, tree.town.id, ['advisor'], { displayName: '孙顾问' });
    outsider = await makeUser(db.k, tree.sibling.id, ['clerk', 'officer', 'leader'], {
      displayName: '邻乡人员',
    });
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const certs: Array<[number, string, string, string]> = [
      [officerA.id, '王执法', 'ZF001', '2030-12-31'],
      [officerB.id, '李执法', 'ZF002', '2027-12-31'],
      [lapsed.id, '赵过期', 'ZF003', '2025-06-30'],
    ];
    for (const [userId, name, certNo, validUntil] of certs) {
      await inTx(db.k, (tx) =>
        createRecord(
          tx,
          clerk.actor,
          ledger,
          officerRt,
          {
            name,
            orgId: tree.town.id,
            certNo,
            field: 'comprehensive',
            issuedOn: '2021-01-01',
            validUntil,
            userId,
          },
          runtime(),
        ),
      );
    }
  });
  return {
    people: (): EnforcementPeople => ({
      tree,
      pii,
      calendar,
      officerA,
      officerB,
      lapsed,
      leader,
      advisor,
      outsider,
    }),
    runtime,
    k,
    newCase,
    evidence,
    step,
    refused,
    walkTo,
  };
}
