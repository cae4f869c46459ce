// The board's sources in board order: every registered ledger, then the annual reports (法治政府
//建设 and 政府信息公开), then the portal's content self-check (门户内容被篡改).
import { annualReportBoardSource } from '../annual-report/board.ts';
import { disclosureReportBoardSource } from '../disclosure-report/board.ts';
import { ledgerBoardSources } from '../ledgers/board.ts';
import { portalBoardSource } from '../portal/integrity.ts';
import type { BoardSource } from './source.ts';

export const BOARD_SOURCES: readonly BoardSource[] = [
  ...ledgerBoardSources(),
  annualReportBoardSource,
  disclosureReportBoardSource,
  portalBoardSource,
];
