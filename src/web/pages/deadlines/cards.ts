// Where a card of the deadline board leads: shared by the board and the home page.
import type { BoardCard } from '../../../shared/api/board.ts';
import { pagePath } from '../ledgers/api.ts';

/**
 * The page of a card's record. The annual report's clocks are not ledger records: they lead to the
 * report page (`reportPage`: the editor for a township, the county view for the supervisor); the
 * 信息公开年度报告's lead to its page.
 */
export function cardLink(c: BoardCard, reportPage: string): string {
  // 门户内容被篡改 (the portal's self-check): the report (annual or 信息公开), or the record
  // (type `<ledger>.<type>`)
  if (c.kind === 'alert' && c.ledger === 'portal') {
    if (c.type === 'disclosure_report') return '/ledgers/disclosure/annual-report';
    const [ledger, type] = c.type.split('.');
    return type ? pagePath.record(ledger, type, c.recordId) : reportPage;
  }
  if (c.kind === 'alert') return pagePath.record(c.ledger, c.type, c.recordId);
  if (c.ledger === 'annual_report') return reportPage;
  if (c.ledger === 'disclosure_report') return '/ledgers/disclosure/annual-report';
  return pagePath.record(c.ledger, c.recordType, c.recordId);
}

/** The page annual-report cards lead to for a user with these capabilities. */
export function reportPageFor(capabilities: readonly string[]): string {
  return capabilities.includes('report.write') ? '/reports' : '/county-reports';
}
