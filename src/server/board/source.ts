// What a board source contributes to the deadline board (待办预警): its open clocks and its alerts
// in the subtrees the actor may see. The ledgers (through the registry, ledgers/board.ts) and the
// annual report (annual-report/board.ts) implement it; board/sources.ts lists them in board order.
import type { Calendar } from '../../shared/calendar/index.ts';
import type { Actor } from '../core/actor.ts';
import type { DeadlineView } from '../core/workflow/deadlines.ts';
import type { Kdb } from '../db/connect.ts';
import type { AlertCard } from '../ledgers/contract.ts';

export interface ClockQuery {
  calendar: Calendar;
  today: string;
  /** The subtrees the actor sees this source's clocks in (never empty). */
  paths: readonly string[];
  /** Only the clocks assigned to this user (the board's "mine", or a role that sees only its own). */
  assigneeId?: number;
  /** Only the clocks of these record types (those with an assignee, for a role that sees its own). */
  recordTypes?: readonly string[];
  limit: number;
}

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
  /** The open clocks (one per record: the earliest due). */
  clocks(k: Kdb, q: ClockQuery): Promise<DeadlineView[]>;
  /** Red cards that are not clocks (the 民转刑 risk of a dispute). */
  alerts?(k: Kdb, paths: readonly string[]): Promise<AlertCard[]>;
}
