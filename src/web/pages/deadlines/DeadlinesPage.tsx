// 待办预警: the caller's board (GET /api/deadlines) — every open record's next statutory deadline,
// red when overdue, yellow inside its warning window — with how each due date was computed. The
// county supervisor sees the townships' red cards, grouped by township.
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Input, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Board, BoardCard } from '../../../shared/api/board.ts';
import { type BoardGroup, filterCards } from '../../../shared/board-filter.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { PrintButton } from '../../components/print/PrintSheet.tsx';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { townshipOf } from '../../org-tree.ts';
import { CalendarNotice } from '../../shell/CalendarNotice.tsx';
import { useCurrentUser } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { DeadlineDetail, DeadlineStatus } from '../ledgers/deadline.tsx';
import { SuperviseButton, useCanSupervise } from '../supervision/supervise.tsx';
import { BoardPrint } from './BoardPrint.tsx';
import { cardLink, reportPageFor } from './cards.ts';

const T = L.deadlines;

function cardKey(c: BoardCard): string {
  return c.kind === 'deadline' ? `d${c.id}` : `a${c.ledger}-${c.type}-${c.recordId}`;
}

export default function DeadlinesPage() {
  const me = useCurrentUser();
  const [mine, setMine] = useState(false);
  // The organisation chosen in the header narrows the board (the server scopes it to that subtree).
  const { orgId, switched } = useSelectedOrg();
  const org = switched ? orgId : undefined;
  const board = useQuery({
    queryKey: ['deadlines', mine, org ?? null],
    queryFn: () => api.get<Board>('/api/deadlines', { mine: mine ? 1 : undefined, org }),
  });
  const county = me.roles.length > 0 && me.roles.every((r) => r.role === 'supervisor');

  return (
    <PageContainer
      title={county ? T.countyTitle : T.title}
      subTitle={county ? T.countySubtitle : T.subtitle}
      extra={
        !county && (
          <Space>
            <Switch checked={mine} onChange={setMine} data-testid="board-mine" />
            <span>{T.mine}</span>
          </Space>
        )
      }
    >
      <CalendarNotice style={{ marginBottom: 16 }} />
      {board.isPending ? (
        <PageLoading />
      ) : board.isError ? (
        <Alert type="error" showIcon message={errorMessage(board.error)} />
      ) : county ? (
        <CountyBoard board={board.data} query={{ mine, org }} />
      ) : (
        <TownshipBoard board={board.data} query={{ mine, org }} />
      )}
    </PageContainer>
  );
}

function useColumns(showOrg: boolean): ColumnsType<BoardCard> {
  const { withOrg } = useSelectedOrg();
  const reportPage = reportPageFor(useCurrentUser().capabilities);
  const supervise = useCanSupervise();
  return [
    {
      title: T.record,
      key: 'title',
      ellipsis: true,
      render: (_, c) => (
        <Link to={withOrg(cardLink(c, reportPage))} data-testid="board-item">
          {c.title}
        </Link>
      ),
    },
    { title: T.ledger, dataIndex: 'ledgerLabel', width: 140 },
    ...(showOrg ? [{ title: T.org, dataIndex: 'orgName', width: 160 } as const] : []),
    {
      title: T.deadline,
      key: 'label',
      width: 180,
      render: (_, c) =>
        c.kind === 'deadline' ? c.label : <Typography.Text type="danger">{c.label}</Typography.Text>,
    },
    {
      title: T.due,
      key: 'due',
      width: 140,
      render: (_, c) => (c.kind === 'deadline' ? (c.due ?? L.ledgers.dueUnknown) : T.since(c.since)),
    },
    {
      title: T.status,
      key: 'status',
      width: supervise ? 250 : 200,
      render: (_, c) => (
        <Space size={6} wrap>
          {c.kind === 'deadline' ? <DeadlineStatus d={c} /> : <Tag color="error">{T.alerts}</Tag>}
          {/* the county acts on a red card by a 督办通知 to its township (not on a notice itself) */}
          {supervise && c.colour === 'red' && c.ledger !== 'supervision' && (
            <SuperviseButton
              size="small"
              subject={{
                orgId: c.orgId,
                title: c.title,
                subjectKind: 'overdue',
                link: cardLink(c, reportPage),
              }}
            />
          )}
        </Space>
      ),
    },
  ];
}

function CardTable({ cards, showOrg, empty }: { cards: BoardCard[]; showOrg: boolean; empty: string }) {
  const columns = useColumns(showOrg);
  return (
    <Table<BoardCard>
      size="middle"
      rowKey={cardKey}
      columns={columns}
      dataSource={cards}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      pagination={
        cards.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: L.common.totalItems } : false
      }
      expandable={{
        rowExpandable: (c) => c.kind === 'deadline',
        expandedRowRender: (c) => (c.kind === 'deadline' ? <DeadlineDetail d={c} /> : null),
        // the row's own link says what opens: how its due date was computed
        expandIcon: ({ expanded, onExpand, record }) =>
          record.kind === 'deadline' ? (
            <Typography.Link onClick={(e) => onExpand(record, e)} data-testid="board-how">
              {expanded ? T.hideHow : T.how}
            </Typography.Link>
          ) : null,
        columnWidth: 84,
      }}
    />
  );
}

type BoardQuery = { mine: boolean; org: number | undefined };

/** The ledger filter, the words, and the export of what they leave. */
function BoardFilters({
  board,
  ledger,
  setLedger,
  words,
  setWords,
  query,
}: {
  board: Board;
  ledger: string | undefined;
  setLedger: (v: string | undefined) => void;
  words: string;
  setWords: (v: string) => void;
  query: BoardQuery & { group?: BoardGroup };
}) {
  const ledgers = useMemo(() => {
    const m = new Map(board.items.map((c) => [c.ledger, c.ledgerLabel]));
    return [...m].map(([value, label]) => ({ value, label }));
  }, [board.items]);
  return (
    <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
      <Space wrap>
        <Select
          allowClear
          placeholder={T.filterLedger}
          style={{ width: 180 }}
          value={ledger}
          onChange={setLedger}
          options={ledgers}
          data-testid="board-ledger"
        />
        <Input.Search
          allowClear
          placeholder={T.filterWords}
          style={{ width: 260 }}
          defaultValue={words}
          onSearch={setWords}
          data-testid="board-words"
        />
      </Space>
      <Space wrap>
        <PrintButton />
        <ExportButtons
          base="/api/deadlines/export"
          name={T.exportName}
          query={{ ...query, ledger, q: words || undefined }}
        />
      </Space>
    </Space>
  );
}

function TownshipBoard({ board, query }: { board: Board; query: BoardQuery }) {
  const [ledger, setLedger] = useState<string | undefined>();
  const [words, setWords] = useState('');
  const shown = filterCards(board.items, { ledger, q: words });
  const groups = {
    red: filterCards(shown, { group: 'red' }),
    alert: filterCards(shown, { group: 'alert' }),
    yellow: filterCards(shown, { group: 'yellow' }),
    normal: filterCards(shown, { group: 'normal' }),
  };
  const showOrg = new Set(board.items.map((c) => c.orgId)).size > 1;
  const [tab, setTab] = useState<BoardGroup>(
    board.counts.red > 0
      ? 'red'
      : board.counts.alerts > 0
        ? 'alert'
        : board.counts.yellow > 0
          ? 'yellow'
          : 'normal',
  );
  const tabLabel = (g: BoardGroup, text: string, type?: 'danger' | 'warning') => (
    <Typography.Text type={type}>{`${text} ${groups[g].length}`}</Typography.Text>
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <StatisticCard.Group direction="row">
        <StatisticCard
          statistic={{ title: T.red, value: board.counts.red, valueStyle: { color: '#cf1322' } }}
          data-testid="board-red"
        />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{ title: T.alerts, value: board.counts.alerts, valueStyle: { color: '#cf1322' } }}
          data-testid="board-alerts"
        />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{ title: T.yellow, value: board.counts.yellow, valueStyle: { color: '#d48806' } }}
        />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{
            title: T.normal,
            value: board.items.length - board.counts.red - board.counts.alerts - board.counts.yellow,
            valueStyle: { color: '#389e0d' },
          }}
        />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{ title: T.todayLabel, value: board.today, valueStyle: { fontSize: 20 } }}
        />
      </StatisticCard.Group>
      <ProCard>
        <BoardFilters
          board={board}
          ledger={ledger}
          setLedger={setLedger}
          words={words}
          setWords={setWords}
          query={{ ...query, group: tab }}
        />
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as BoardGroup)}
          items={[
            {
              key: 'red',
              label: tabLabel('red', T.red, 'danger'),
              children: <CardTable cards={groups.red} showOrg={showOrg} empty={T.emptyRed} />,
            },
            {
              key: 'alert',
              label: tabLabel('alert', T.alerts, 'danger'),
              children: <CardTable cards={groups.alert} showOrg={showOrg} empty={T.empty} />,
            },
            {
              key: 'yellow',
              label: tabLabel('yellow', T.yellow, 'warning'),
              children: <CardTable cards={groups.yellow} showOrg={showOrg} empty={T.empty} />,
            },
            {
              key: 'normal',
              label: tabLabel('normal', T.normal),
              children: <CardTable cards={groups.normal} showOrg={showOrg} empty={T.empty} />,
            },
          ]}
        />
      </ProCard>
      <BoardPrint
        title={T.title}
        today={board.today}
        filter={{
          ledgerLabel: board.items.find((c) => c.ledger === ledger)?.ledgerLabel,
          words,
          mine: query.mine,
        }}
        sections={[
          { title: T.red, cards: groups.red },
          { title: T.alerts, cards: groups.alert },
          { title: T.yellow, cards: groups.yellow },
          { title: T.normal, cards: groups.normal },
        ]}
        showOrg={showOrg}
      />
    </Space>
  );
}

function CountyBoard({ board, query }: { board: Board; query: BoardQuery }) {
  const { orgs } = useSelectedOrg();
  const groups = useMemo(() => {
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const map = new Map<string, { name: string; path: string; cards: BoardCard[] }>();
    for (const c of board.items) {
      if (c.colour !== 'red') continue;
      const t = townshipOf(byId, c.orgId);
      const key = t ? String(t.id) : 'other';
      const g = map.get(key) ?? { name: t?.name ?? T.otherOrgs, path: t?.path ?? '~', cards: [] };
      g.cards.push(c);
      map.set(key, g);
    }
    return [...map.entries()].sort(
      (a, b) => b[1].cards.length - a[1].cards.length || a[1].path.localeCompare(b[1].path),
    );
  }, [board.items, orgs]);

  if (groups.length === 0)
    return (
      <ProCard>
        <Empty description={T.emptyRed} />
      </ProCard>
    );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <StatisticCard.Group direction="row">
        <StatisticCard
          statistic={{ title: T.red, value: board.counts.red, valueStyle: { color: '#cf1322' } }}
        />
        <StatisticCard.Divider />
        <StatisticCard statistic={{ title: T.township, value: groups.length }} />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{ title: T.todayLabel, value: board.today, valueStyle: { fontSize: 20 } }}
        />
      </StatisticCard.Group>
      <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
        <PrintButton />
        <ExportButtons base="/api/deadlines/export" name={T.exportName} query={query} />
      </Space>
      <BoardPrint
        title={T.countyTitle}
        today={board.today}
        filter={{}}
        sections={groups.map(([, g]) => ({ title: g.name, cards: g.cards }))}
        showOrg
      />
      {groups.map(([key, g]) => (
        <ProCard
          key={key}
          title={g.name}
          extra={<Tag color="red">{T.total(g.cards.length)}</Tag>}
          collapsible
          bordered
          data-testid="county-group"
        >
          <CardTable cards={g.cards} showOrg empty={T.emptyRed} />
        </ProCard>
      ))}
    </Space>
  );
}
