// The annual report as a source of the deadline board (board/source.ts): its submission and
// disclosure clocks share the `deadline` table with the ledgers' and are seen in the business scope.
import type { BoardSource } from '../board/source.ts';
import { scopePaths } from '../core/policy.ts';
import { openDeadlines } from '../core/workflow/deadlines.ts';

export const annualReportBoardSource: BoardSource = {
  kind: 'annual_report',
  label: '法治政府建设年度报告',
  scope: (actor) => scopePaths(actor, 'business'),
  clocks: (k, q) => openDeadlines(k, q.calendar, q.today, 'annual_report', q.paths, q),
};
