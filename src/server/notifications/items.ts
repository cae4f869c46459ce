// What needs the signed-in user, computed from the data on the app's today (never stored): the
// clocks assigned to the user, clocks due within 3 working days in the user's scope, records whose
// last step returned them (退回) to the user's organisation, and 督办通知 awaiting the user — the
// township's reply or the county's 办结/退回. Each through the same scopes and policies as the pages:
// the board's sources, the registry's ledgers, a ledger's own policy.
import { sql } from 'kysely';
import type { NotificationItem } from '../../shared/api/notifications.ts';
import { daysRemaining } from '../../shared/calendar/index.ts';
import { deadlineBoard } from '../board/board.ts';
import { BOARD_SOURCES } from '../board/sources.ts';
import type { Actor } from '../core/actor.ts';
import { loadCalendar } from '../core/calendar.ts';
import { mapConcurrent, READS_IN_FLIGHT } from '../core/concurrency.ts';
import { scopePaths } from '../core/policy.ts';
import type { Db, Kdb } from '../db/connect.ts';
import { byScope, inOrgSubtree } from '../db/scope.ts';
import { pathsWithRoles, readPaths } from '../ledgers/policy.ts';
import { findLedger, LEDGERS } from '../ledgers/registry.ts';
import { CATEGORY_LABELS, NOTIFICATION_TEXT as T } from './labels.ts';

/** Due within this many working days (today included) counts as 即将到期. */
export const DUE_SOON_WORKING_DAYS = 3;
const SUPERVISION = 'supervision';
const REPORT = 'annual_report';

type Item = Omit<NotificationItem, 'read' | 'categoryLabel'>;

function workingDaysLeft(calendar: Awaited<ReturnType<typeof loadCalendar>>, due: string, today: string) {
  try {
    return daysRemaining(calendar, due, today, 'working');
  } catch {
    return null;
  }
}

async function clockItems(db: Db, actor: Actor, today: string): Promise<Item[]> {
  const board = await deadlineBoard(db, actor, BOARD_SOURCES, { today, mine: false, alerts: false });
  const calendar = await loadCalendar(db, today);
  const out: Item[] = [];
  for (const c of board.items) {
    if (c.kind !== 'deadline' || c.ledger === SUPERVISION) continue;
    const link = c.ledger === REPORT ? '/reports' : `/ledgers/${c.ledger}/${c.recordType}/${c.recordId}`;
    const id = `${c.ledger}:${c.recordType}:${c.recordId}:${c.deadlineId}:${c.due ?? ''}`;
    if (c.assigneeId === actor.userId) {
      out.push({
        key: `assigned:${id}`,
        category: 'assigned',
        title: c.title,
        detail: T.assigned(c.label, c.status),
        link,
        due: c.due,
      });
      continue;
    }
    if (!c.due) continue;
    const left = workingDaysLeft(calendar, c.due, today);
    if (left === null || left < 0 || left > DUE_SOON_WORKING_DAYS) continue;
    out.push({
      key: `due:${id}`,
      category: 'due_soon',
      title: c.title,
      detail: T.dueIn(c.label, c.due, left),
      link,
      due: c.due,
    });
  }
  return out;
}

type ReturnRow = Awaited<ReturnType<typeof lastReturns>>[number];

/** The last 50 steps per ledger that returned a record and are its last step, newest first. */
function lastReturns(k: Kdb, kinds: readonly string[], paths: readonly string[]) {
  const steps = k
    .selectFrom('workflowStep as ws')
    .select([
      'ws.id',
      'ws.ledger',
      'ws.recordType',
      'ws.recordId',
      'ws.toState',
      'ws.actorName',
      'ws.onDate',
      'ws.note',
    ])
    .select(sql<number>`row_number() over (partition by ws.ledger order by ws.id desc)`.as('fzN'))
    .where('ws.ledger', 'in', [...kinds])
    .where('ws.action', '=', 'return')
    .where((eb) => inOrgSubtree(eb, 'ws.orgId', paths))
    .where((eb) =>
      eb(
        'ws.id',
        '=',
        eb
          .selectFrom('workflowStep as w2')
          .select((e) => e.fn.max('w2.id').as('m'))
          .whereRef('w2.ledger', '=', 'ws.ledger')
          .whereRef('w2.recordType', '=', 'ws.recordType')
          .whereRef('w2.recordId', '=', 'ws.recordId'),
      ),
    );
  return k.selectFrom(steps.as('s')).selectAll().where('fzN', '<=', 50).orderBy('id', 'desc').execute();
}

/** Records whose last step is a 退回 to a state where work goes on, in the actor's reading scope. */
async function returnedItems(k: Kdb, actor: Actor): Promise<Item[]> {
  const sources: { kind: string; paths: string[] }[] = LEDGERS.filter((l) => l.kind !== SUPERVISION).map(
    (l) => ({ kind: l.kind, paths: readPaths(actor, l) }),
  );
  sources.push({ kind: REPORT, paths: pathsWithRoles(actor, ['clerk', 'leader']) });
  // Every ledger's last returns, read together: one statement per distinct scope (a township's
  // ledgers share one), at most 50 per ledger (a window over each ledger's rows).
  const returns = new Map<string, ReturnRow[]>();
  await mapConcurrent(
    byScope(sources, (s) => s.paths),
    READS_IN_FLIGHT,
    async (g) => {
      for (const r of await lastReturns(
        k,
        g.items.map((s) => s.kind),
        g.paths,
      )) {
        const of = returns.get(r.ledger);
        if (of) of.push(r);
        else returns.set(r.ledger, [r]);
      }
    },
  );
  // Their titles a few ledgers at a time (core/concurrency.ts), items kept in ledger order.
  const perLedger = await mapConcurrent(sources, READS_IN_FLIGHT, async ({ kind }) => {
    const out: Item[] = [];
    const rows = returns.get(kind) ?? [];
    const ledger = findLedger(kind);
    for (const r of rows) {
      const rt = ledger?.recordTypes.find((t) => t.type === r.recordType);
      if (ledger && !rt) continue;
      if (rt?.workflow.states.some((s) => s.id === r.toState && s.final)) continue;
      let title: string = T.reportReturned;
      if (rt) {
        const rec = (await k
          .selectFrom(rt.table as never)
          .select(rt.titleField as never)
          .where('id' as never, '=', r.recordId as never)
          .executeTakeFirst()) as Record<string, unknown> | undefined;
        title = String(rec?.[rt.titleField] ?? r.recordId);
      }
      out.push({
        key: `returned:${r.id}`,
        category: 'returned',
        title,
        detail: T.returned(r.actorName ?? '', r.onDate, r.note),
        link: rt ? `/ledgers/${kind}/${r.recordType}/${r.recordId}` : '/reports',
        due: null,
      });
    }
    return out;
  });
  return perLedger.flat();
}

/** 督办通知 awaiting the actor's step, as the ledger's policy decides it. */
async function supervisionItems(k: Kdb, actor: Actor): Promise<Item[]> {
  const ledger = findLedger(SUPERVISION);
  const rt = ledger?.recordTypes[0];
  if (!ledger || !rt) return [];
  const paths = readPaths(actor, ledger);
  if (paths.length === 0) return [];
  const rows = await k
    .selectFrom('supervisionNotice as n')
    .innerJoin('org', 'org.id', 'n.orgId')
    .select(['n.id', 'n.title', 'n.state', 'n.dueOn', 'n.repliedOn', 'n.updatedAt', 'org.name', 'org.path'])
    .where('n.state', 'in', ['issued', 'returned', 'replied'])
    .where((eb) => inOrgSubtree(eb, 'n.orgId', paths))
    .orderBy('n.dueOn')
    .limit(200)
    .execute();
  const out: Item[] = [];
  for (const n of rows) {
    const on = { orgPath: n.path, state: n.state };
    const base = {
      key: `supervision:${n.id}:${n.state}:${n.updatedAt}`,
      title: n.title,
      link: `/ledgers/${SUPERVISION}/${rt.type}/${n.id}`,
      due: n.dueOn,
    };
    if (ledger.policy(actor, 'transition:reply', on))
      out.push({
        ...base,
        category: 'supervision_received',
        detail: T.received(n.name, n.dueOn, n.state === 'returned'),
      });
    else if (ledger.policy(actor, 'transition:close', on))
      out.push({ ...base, category: 'supervision_replied', detail: T.replied(n.name, n.repliedOn) });
  }
  return out;
}

const ORDER = ['supervision_received', 'supervision_replied', 'returned', 'assigned', 'due_soon'];

/** Every item that needs the actor today, most pressing kind first, earliest due first. */
export async function notificationItems(db: Db, actor: Actor, today: string) {
  if (scopePaths(actor, 'business').length === 0) return [];
  const items = [
    ...(await supervisionItems(db.k, actor)),
    ...(await returnedItems(db.k, actor)),
    ...(await clockItems(db, actor, today)),
  ];
  items.sort(
    (a, b) =>
      ORDER.indexOf(a.category) - ORDER.indexOf(b.category) ||
      String(a.due ?? '9').localeCompare(String(b.due ?? '9')),
  );
  return items.map((i) => ({ ...i, categoryLabel: CATEGORY_LABELS[i.category] }));
}
