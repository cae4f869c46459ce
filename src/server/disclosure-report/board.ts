// The 政府信息公开工作年度报告 as a source of the deadline board (board/source.ts): its 报送 and 公开
// clocks, seen by the business roles but the legal advisor (its own tasks only), like the
// 法治政府 report's (annual-report/board.ts).
import { REPORT_BOARD_ROLES } from '../annual-report/board.ts';
import type { BoardSource } from '../board/source.ts';
import { pathsWithRoles } from '../ledgers/policy.ts';
import { DISCLOSURE_REPORT_LABEL, DISCLOSURE_REPORT_LEDGER } from './workflow.ts';

export const disclosureReportBoardSource: BoardSource = {
  kind: DISCLOSURE_REPORT_LEDGER,
  label: DISCLOSURE_REPORT_LABEL,
  scope: (actor) => pathsWithRoles(actor, REPORT_BOARD_ROLES),
  clocks: true,
};
