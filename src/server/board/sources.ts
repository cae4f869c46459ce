// The board's sources in board order: every registered ledger, then the annual reports.
import { annualReportBoardSource } from '../annual-report/board.ts';
import { disclosureReportBoardSource } from '../disclosure-report/board.ts';
import { ledgerBoardSources } from '../ledgers/board.ts';
import type { BoardSource } from './source.ts';

export const BOARD_SOURCES: readonly BoardSource[] = [
  ...ledgerBoardSources(),
  annualReportBoardSource,
  disclosureReportBoardSource,
];
