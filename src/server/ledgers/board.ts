// The ledgers as sources of the deadline board (board/source.ts): each registered ledger's clocks
// and alerts, in the subtrees where the actor holds one of its full reading roles; where it holds
// only a role that reads its own records (`access.own`), the clocks assigned to it and no alert.
import type { BoardSource } from '../board/source.ts';
import { fullReadPaths, pathsWithRoles } from './policy.ts';
import { LEDGERS } from './registry.ts';

export function ledgerBoardSources(): BoardSource[] {
  return LEDGERS.map((ledger) => ({
    kind: ledger.kind,
    label: ledger.label,
    scope: (actor) => fullReadPaths(actor, ledger),
    ownScope: (actor) => ({
      paths: ledger.access.own ? pathsWithRoles(actor, ledger.access.own) : [],
      recordTypes: ledger.recordTypes.filter((rt) => rt.assigneeField).map((rt) => rt.type),
    }),
    clocks: true,
    alerts: ledger.alerts ? (k, paths) => ledger.alerts!(k, paths) : undefined,
  }));
}
