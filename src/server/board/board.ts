// The deadline board (待办预警): every source's open clocks and alerts in the actor's scope, red
// first, then yellow, grey and green, earliest due first within a colour. A county supervisor sees
// the red cards only; a township sees its whole board; a role that reads only the records assigned
// to it (the legal advisor) sees their cards and no other.
import type { Board } from '../../shared/api/board.ts';
import type { Actor } from '../core/actor.ts';
import { loadCalendar } from '../core/calendar.ts';
import { mapConcurrent, READS_IN_FLIGHT } from '../core/concurrency.ts';
import { scopePaths } from '../core/policy.ts';
import { type DeadlineView, openDeadlines, openDeadlinesByLedger } from '../core/workflow/deadlines.ts';
import type { Db } from '../db/connect.ts';
import { byScope } from '../db/scope.ts';
import { forbidden } from '../errors.ts';
import type { BoardSource } from './source.ts';

/** At most this many open clocks per source. */
const CLOCK_LIMIT = 2000;
const RANK: Record<string, number> = { red: 0, yellow: 1, grey: 2, green: 3 };

type Card = Record<string, unknown> & { colour: string; due: string | null };

/**
 * The part of the scope `paths` inside the subtree `orgPath`: the org itself when it lies in one of
 * them, the scope paths below it, nothing for an unknown or unrelated organisation.
 */
export function narrowTo(paths: readonly string[], orgPath: string): string[] {
  if (!orgPath) return [];
  if (paths.some((p) => orgPath.startsWith(p))) return [orgPath];
  return paths.filter((p) => p.startsWith(orgPath));
}

export async function deadlineBoard(
  db: Db,
  actor: Actor,
  sources: readonly BoardSource[],
  /** `alerts: false`: the clocks only (the bell shows no alert; their statements are not run). */
  opts: { today: string; mine: boolean; org?: number; alerts?: boolean },
) {
  if (scopePaths(actor, 'business').length === 0) throw forbidden();
  const { today } = opts;
  // The organisation chosen in the header narrows every source to its subtree (never widens it).
  const orgPath =
    opts.org === undefined
      ? null
      : ((await db.k.selectFrom('org').select('path').where('id', '=', opts.org).executeTakeFirst())?.path ??
        '');
  const calendar = await loadCalendar(db, today);
  const countyView = actor.roles.length > 0 && actor.roles.every((r) => r.role === 'supervisor');
  const narrow = (paths: readonly string[]) => (orgPath === null ? [...paths] : narrowTo(paths, orgPath));
  const mine = opts.mine ? actor.userId : undefined;
  const q = { limit: CLOCK_LIMIT, assigneeId: mine };
  // Every source's clocks, read together: one statement per distinct scope (for a township, the
  // same scope for every source: one statement).
  const scoped = sources.map((source) => ({ source, paths: narrow(source.scope(actor)) }));
  const clocksOf = new Map<BoardSource, DeadlineView[]>();
  const withClocks = scoped.filter((s) => s.source.clocks);
  await mapConcurrent(
    byScope(withClocks, (s) => s.paths),
    READS_IN_FLIGHT,
    async (g) => {
      const ledgers = g.items.map((s) => s.source.kind);
      const byLedger = await openDeadlinesByLedger(db.k, calendar, today, ledgers, g.paths, q);
      for (const { source } of g.items) clocksOf.set(source, byLedger.get(source.kind) ?? []);
    },
  );
  // The rest (a role's own clocks, alerts) a few sources at a time, cards kept in source order.
  const perSource = await mapConcurrent(scoped, READS_IN_FLIGHT, async ({ source, paths }) => {
    const out: Card[] = [];
    const clocks = [...(clocksOf.get(source) ?? [])];
    // A role that reads only its own records (the legal advisor): its clocks there, nothing else.
    const own = source.ownScope?.(actor);
    const ownPaths = narrow(own?.paths ?? []).filter((p) => !paths.some((f) => p.startsWith(f)));
    if (source.clocks && own && ownPaths.length > 0)
      clocks.push(
        ...(await openDeadlines(db.k, calendar, today, source.kind, ownPaths, {
          ...q,
          assigneeId: actor.userId,
          recordTypes: own.recordTypes,
        })),
      );
    for (const d of clocks) {
      if (countyView && d.colour !== 'red') continue;
      out.push({ kind: 'deadline', ledgerLabel: source.label, ...d });
    }
    if (paths.length === 0 || opts.alerts === false) return out;
    for (const a of (await source.alerts?.(db.k, paths)) ?? []) {
      out.push({
        kind: 'alert',
        ledger: source.kind,
        ledgerLabel: source.label,
        colour: 'red',
        due: null,
        ...a,
      });
    }
    return out;
  });
  const cards = perSource.flat();
  const orgIds = [...new Set(cards.map((c) => c.orgId as number))];
  const orgs = orgIds.length
    ? await db.k.selectFrom('org').select(['id', 'name']).where('id', 'in', orgIds).execute()
    : [];
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  cards.sort(
    (a, b) => RANK[a.colour] - RANK[b.colour] || String(a.due ?? '9').localeCompare(String(b.due ?? '9')),
  );
  return {
    today,
    // Red cards are overdue clocks; 风险预警 alerts are counted apart, never as overdue.
    counts: {
      red: cards.filter((c) => c.kind === 'deadline' && c.colour === 'red').length,
      yellow: cards.filter((c) => c.colour === 'yellow').length,
      alerts: cards.filter((c) => c.kind === 'alert').length,
    },
    // The cards are checked against the board schema (src/shared/api/board.ts) when they are sent.
    items: cards.map((c) => ({ ...c, orgName: orgName.get(c.orgId as number) ?? null })) as Board['items'],
  };
}
