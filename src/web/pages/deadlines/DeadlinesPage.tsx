// 待办预警: the caller's board (GET /api/deadlines) — every open record's next statutory deadline,
// red when overdue, yellow inside its warning window — with how each due date was computed. The
// county supervisor sees the townships' red cards, grouped by township.
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Board, BoardCard } from '../../../shared/api/board.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { townshipOf } from '../../org-tree.ts';
import { CalendarNotice } from '../../shell/CalendarNotice.tsx';
import { useCurrentUser } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { DeadlineDetail, DeadlineStatus } from '../ledgers/deadline.tsx';
import { SuperviseButton, useCanSupervise } from '../supervision/supervise.tsx';
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
        <CountyBoard board={board.data} />
      ) : (
        <TownshipBoard board={board.data} />
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
        columnTitle: T.how,
        columnWidth: 80,
      }}
    />
  );
}

function TownshipBoard({ board }: { board: Board }) {
  const red = board.items.filter((c) => c.colour === 'red');
  const yellow = board.items.filter((c) => c.colour === 'yellow');
  const normal = board.items.filter((c) => c.colour !== 'red' && c.colour !== 'yellow');
  const showOrg = new Set(board.items.map((c) => c.orgId)).size > 1;
  const [tab, setTab] = useState(red.length > 0 ? 'red' : yellow.length > 0 ? 'yellow' : 'normal');
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
          statistic={{ title: T.yellow, value: yellow.length, valueStyle: { color: '#d48806' } }}
        />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{ title: T.normal, value: normal.length, valueStyle: { color: '#389e0d' } }}
        />
        <StatisticCard.Divider />
        <StatisticCard
          statistic={{ title: T.todayLabel, value: board.today, valueStyle: { fontSize: 20 } }}
        />
      </StatisticCard.Group>
      <ProCard>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'red',
              label: <Typography.Text type="danger">{`${T.red} ${red.length}`}</Typography.Text>,
              children: <CardTable cards={red} showOrg={showOrg} empty={T.emptyRed} />,
            },
            {
              key: 'yellow',
              label: <Typography.Text type="warning">{`${T.yellow} ${yellow.length}`}</Typography.Text>,
              children: <CardTable cards={yellow} showOrg={showOrg} empty={T.empty} />,
            },
            {
              key: 'normal',
              label: `${T.normal} ${normal.length}`,
              children: <CardTable cards={normal} showOrg={showOrg} empty={T.empty} />,
            },
          ]}
        />
      </ProCard>
    </Space>
  );
}

function CountyBoard({ board }: { board: Board }) {
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
