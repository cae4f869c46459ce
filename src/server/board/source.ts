// What a board source contributes to the deadline board (待办预警): its open clocks and its alerts
// in the subtrees the actor may see. The ledgers (through the registry, ledgers/board.ts) and the
// annual report (annual-report/board.ts) implement it; board/sources.ts lists them in board order.
import type { Actor } from '../core/actor.ts';
import type { Kdb } from '../db/connect.ts';
import type { AlertCard } from '../ledgers/contract.ts';

export interface BoardSource {
  /** The key its clocks carry (a ledger kind, `annual_report`). */
  kind: string;
  /** Chinese name shown on its cards (矛盾纠纷台账, 法治政府建设年度报告). */
  label: string;
  /** The subtrees whose cards the actor sees; none leaves the source off the actor's board. */
  scope(actor: Actor): readonly string[];
  /**
   * The subtrees where the actor sees only the clocks assigned to it, of these record types (a
   * ledger's `access.own` roles: the legal advisor sees its review tasks and no other card).
   */
  ownScope?(actor: Actor): { paths: readonly string[]; recordTypes: readonly string[] };
  /**
   * Whether it has clocks: the open `deadline` rows whose ledger is its `kind` (one card per
   * record, the earliest due). The board reads every source's in one statement per scope.
   */
  clocks: boolean;
  /** Red cards that are not clocks (the 民转刑 risk of a dispute). */
  alerts?(k: Kdb, paths: readonly string[]): Promise<AlertCard[]>;
}
