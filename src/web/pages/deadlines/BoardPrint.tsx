// The A4 print of the board as filtered on the page: the organisation, the filter, and each group's
// cards (the township's red, 风险预警, yellow and normal cards; the county's red cards by township).
import type { BoardCard } from '../../../shared/api/board.ts';
import { PRINT_TEXT, PrintSheet, PrintTable } from '../../components/print/PrintSheet.tsx';
import { L } from '../../labels.ts';
import { useCurrentUser } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { dueText } from '../ledgers/deadline-text.ts';

const T = L.deadlines;

export const BOARD_PRINT = {
  filter: (parts: string[]) => `筛选：${parts.length ? parts.join('；') : '全部'}`,
  ledger: (label: string) => `台账为“${label}”`,
  words: (q: string) => `含“${q}”`,
  mine: '只看分配给我的',
  org: (name: string) => `单位：${name}`,
  today: (day: string) => `统计日：${day}`,
  section: (title: string, n: number) => `${title}（${n}项）`,
} as const;

export interface BoardFilterText {
  ledgerLabel?: string;
  words?: string;
  mine?: boolean;
}

export function BoardPrint({
  title,
  today,
  filter,
  sections,
  showOrg,
}: {
  title: string;
  today: string;
  filter: BoardFilterText;
  sections: Array<{ title: string; cards: BoardCard[] }>;
  showOrg: boolean;
}) {
  const me = useCurrentUser();
  const { org } = useSelectedOrg();
  const parts = [
    ...(filter.ledgerLabel ? [BOARD_PRINT.ledger(filter.ledgerLabel)] : []),
    ...(filter.words ? [BOARD_PRINT.words(filter.words)] : []),
    ...(filter.mine ? [BOARD_PRINT.mine] : []),
  ];
  const head = [T.record, T.ledger, ...(showOrg ? [T.org] : []), T.deadline, T.due, T.status];
  const row = (c: BoardCard) => [
    c.title,
    c.ledgerLabel,
    ...(showOrg ? [c.orgName ?? ''] : []),
    c.label,
    c.kind === 'deadline' ? dueText(c) : T.since(c.since),
    c.kind === 'deadline' ? c.status : T.alerts,
  ];
  return (
    <PrintSheet
      title={title}
      meta={[
        [org ? BOARD_PRINT.org(org.name) : '', BOARD_PRINT.today(today)].filter(Boolean).join('　'),
        BOARD_PRINT.filter(parts),
      ]}
      foot={PRINT_TEXT.printedBy(me.displayName, today)}
    >
      {sections.map((s) => (
        <section key={s.title}>
          <h2>{BOARD_PRINT.section(s.title, s.cards.length)}</h2>
          <PrintTable head={head} rows={s.cards.map(row)} nowrap={[head.length - 2]} />
        </section>
      ))}
    </PrintSheet>
  );
}
