// The ledgers as sources of the deadline board (board/source.ts): each registered ledger's clocks
// and alerts, in the subtrees where the actor holds one of its reading roles.
import type { BoardSource } from '../board/source.ts';
import { openDeadlines } from '../core/workflow/deadlines.ts';
import { readPaths } from './policy.ts';
import { LEDGERS } from './registry.ts';

export function ledgerBoardSources(): BoardSource[] {
  return LEDGERS.map((ledger) => ({
    kind: ledger.kind,
    label: ledger.label,
    scope: (actor) => readPaths(actor, ledger),
    clocks: (k, q) => openDeadlines(k, q.calendar, q.today, ledger.kind, q.paths, q),
    alerts: ledger.alerts ? (k, paths) => ledger.alerts!(k, paths) : undefined,
  }));
}
