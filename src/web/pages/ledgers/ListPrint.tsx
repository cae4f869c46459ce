// The A4 print of a ledger list as filtered on the page: every record the filter finds (up to
// PRINT_LIMIT, said on the sheet when more), in the list's columns, with the filter written out.
import { App } from 'antd';
import { useEffect, useState } from 'react';
import type { Page } from '../../../shared/api/common.ts';
import type { LedgerManifest, RecordTypeManifest, RecordView } from '../../../shared/api/ledgers.ts';
import { PRINT_TEXT, PrintButton, PrintSheet, PrintTable } from '../../components/print/PrintSheet.tsx';
import { api, errorMessage, type Query } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useCurrentUser, useToday } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { ledgerPath } from './api.ts';
import { fieldText } from './fields.tsx';

const T = L.ledgers;
const PRINT_LIMIT = 2000;
const PAGE = 200;

export const LIST_PRINT = {
  filter: (parts: string[]) => `筛选：${parts.length ? parts.join('；') : '全部记录'}`,
  keyword: (q: string) => `关键词“${q}”`,
  state: (s: string) => `状态为“${s}”`,
  org: (name: string) => `单位：${name}及下属`,
  range: (label: string, from: string, to: string) => `${label} ${from} 至 ${to}`,
  count: (shown: number, total: number) =>
    shown < total ? `共 ${total} 条，打印前 ${shown} 条` : PRINT_TEXT.total(total),
  state_head: '状态',
} as const;

/** The 打印 button of a list and its sheet, printed once the filter's records have loaded. */
export function ListPrint({
  ledger,
  rt,
  query,
}: {
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
  /** The list's current filter, as sent to the server. */
  query: () => Query;
}) {
  const { message } = App.useApp();
  const me = useCurrentUser();
  const today = useToday();
  const { orgs } = useSelectedOrg();
  const [loading, setLoading] = useState(false);
  const [sheet, setSheet] = useState<{ rows: RecordView[]; total: number; filter: Query } | null>(null);

  useEffect(() => {
    if (!sheet) return;
    // the sheet is in the document now: print it, then drop it
    const done = () => setSheet(null);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [sheet]);

  const load = async () => {
    setLoading(true);
    try {
      const filter = query();
      const rows: RecordView[] = [];
      let total = 0;
      for (let page = 1; rows.length < PRINT_LIMIT; page += 1) {
        const r = await api.get<Page<RecordView>>(ledgerPath(ledger.kind, rt.type), {
          ...filter,
          columns: 'list',
          page,
          pageSize: PAGE,
        });
        total = r.total;
        rows.push(...r.items);
        if (r.items.length < PAGE || rows.length >= total) break;
      }
      setSheet({ rows: rows.slice(0, PRINT_LIMIT), total, filter });
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };

  const columns = rt.fields.filter((f) => f.list && f.name !== rt.titleField && !f.hidden);
  const titleLabel = rt.fields.find((f) => f.name === rt.titleField)?.label ?? rt.label;
  const dateLabel = rt.fields.find((f) => f.name === rt.dateField)?.label ?? T.dateRange;
  const describe = (f: Query): string[] => {
    const parts: string[] = [];
    if (f.q) parts.push(LIST_PRINT.keyword(String(f.q)));
    if (f.state)
      parts.push(LIST_PRINT.state(rt.states.find((s) => s.id === f.state)?.label ?? String(f.state)));
    if (f.org) parts.push(LIST_PRINT.org(orgs.find((o) => o.id === f.org)?.name ?? String(f.org)));
    if (f.from && f.to) parts.push(LIST_PRINT.range(dateLabel, String(f.from), String(f.to)));
    return parts;
  };

  return (
    <>
      <PrintButton onClick={() => void load()} loading={loading} />
      {sheet && (
        <PrintSheet
          title={rt.label}
          meta={[
            ledger.label === rt.label ? '' : ledger.label,
            LIST_PRINT.filter(describe(sheet.filter)),
            LIST_PRINT.count(sheet.rows.length, sheet.total),
          ].filter(Boolean)}
          foot={PRINT_TEXT.printedBy(me.displayName, today)}
        >
          <PrintTable
            head={['序号', titleLabel, LIST_PRINT.state_head, ...columns.map((f) => f.label)]}
            nowrap={[0, 2, ...columns.flatMap((f, i) => (f.type === 'date' ? [i + 3] : []))]}
            rows={sheet.rows.map((row, i) => [
              String(i + 1),
              row.title,
              row.stateLabel,
              ...columns.map((f) => (f.name === 'orgId' ? (row.orgName ?? T.emptyValue) : fieldText(f, row))),
            ])}
          />
        </PrintSheet>
      )}
    </>
  );
}
