// The annual report as a source of the deadline board (board/source.ts): its submission and
// disclosure clocks share the `deadline` table with the ledgers' and are seen in the business scope
// of every role but the legal advisor (who sees the cards of its own review tasks only).
import { BUSINESS_ROLES } from '../../shared/roles.ts';
import type { BoardSource } from '../board/source.ts';
import { pathsWithRoles } from '../ledgers/policy.ts';

/** The business roles that see a report's clocks: all but the advisor (its tasks only). */
export const REPORT_BOARD_ROLES = BUSINESS_ROLES.filter((r) => r !== 'advisor');

export const annualReportBoardSource: BoardSource = {
  kind: 'annual_report',
  label: '法治政府建设年度报告',
  scope: (actor) => pathsWithRoles(actor, REPORT_BOARD_ROLES),
  clocks: true,
};
