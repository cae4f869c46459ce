// The county supervisor's first screen: how the townships' annual reports of last year stand
// (submitted on time, late, still overdue, published) and the red cards across the townships.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { CountyView } from '../../../shared/api/county.ts';
import { api } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { townshipOf } from '../../org-tree.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { LoadFailed, useBoard, useReportYear } from './common.tsx';

const T = L.home.county;
const MOST = 5;

export function CountyReportsCard() {
  const { org, orgs, switched, withOrg } = useSelectedOrg();
  const navigate = useNavigate();
  const year = useReportYear();
  // The same query as 年度报告汇总.
  const view = useQuery({
    queryKey: ['county-reports', year],
    queryFn: () => api.get<CountyView>('/api/annual-reports/county', { year }),
  });
  // A township chosen in the header (or a place inside it) narrows the summary to that township.
  const items = (view.data?.items ?? []).filter((i) => {
    if (!switched || !org) return true;
    const path = orgs.find((o) => o.id === i.orgId)?.path;
    return path ? path.startsWith(org.path) || org.path.startsWith(path) : false;
  });
  const count = (pred: (i: (typeof items)[number]) => boolean) => items.filter(pred).length;
  const overdue = items.filter((i) => i.submission === 'overdue');
  const stats: [string, number, string, string][] = [
    [T.onTime, count((i) => i.submission === 'on_time'), '#389e0d', 'on-time'],
    [T.late, count((i) => i.submission === 'late'), '#d46b08', 'late'],
    [T.overdue, overdue.length, '#cf1322', 'overdue'],
    [
      T.published,
      count((i) => i.publication === 'on_time' || i.publication === 'late'),
      '#1677ff',
      'published',
    ],
  ];
  return (
    <Card
      title={T.reports(year)}
      extra={view.data && <Typography.Text type="secondary">{T.of(items.length)}</Typography.Text>}
      loading={view.isPending}
      data-testid="home-county-reports"
      style={{ height: '100%' }}
    >
      {view.isError ? (
        <LoadFailed onRetry={() => view.refetch()} />
      ) : (
        <>
          <Row gutter={16}>
            {stats.map(([title, value, color, id]) => (
              <Col key={id} span={6}>
                <Statistic
                  title={title}
                  value={value}
                  valueStyle={value ? { color } : undefined}
                  data-testid={`home-county-${id}`}
                />
              </Col>
            ))}
          </Row>
          {overdue.length > 0 && (
            <Space size={[4, 8]} wrap style={{ marginTop: 16 }} data-testid="home-county-overdue-list">
              <Typography.Text type="secondary">{T.overdueList}</Typography.Text>
              {overdue.map((i) => (
                <Tag key={i.orgId} color="error" bordered={false}>
                  {`${i.orgName}（${i.stateLabel}）`}
                </Tag>
              ))}
            </Space>
          )}
          <div style={{ marginTop: 16 }}>
            <Button type="primary" onClick={() => navigate(withOrg('/county-reports'))}>
              {T.openSummary}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}

export function CountyRedCard() {
  const { orgs, withOrg } = useSelectedOrg();
  const navigate = useNavigate();
  const { query, cards } = useBoard();
  // overdue clocks only, as the board counts them (风险预警 cards are not overdue)
  const red = useMemo(() => cards.filter((c) => c.colour === 'red' && c.kind === 'deadline'), [cards]);
  const groups = useMemo(() => {
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const map = new Map<string, { name: string; path: string; n: number }>();
    for (const c of red) {
      const t = townshipOf(byId, c.orgId);
      const key = t ? String(t.id) : 'other';
      const g = map.get(key) ?? { name: t?.name ?? L.deadlines.otherOrgs, path: t?.path ?? '~', n: 0 };
      g.n += 1;
      map.set(key, g);
    }
    return [...map.values()].sort((a, b) => b.n - a.n || a.path.localeCompare(b.path));
  }, [red, orgs]);

  return (
    <Card title={T.red} loading={query.isPending} data-testid="home-county-red" style={{ height: '100%' }}>
      {query.isError ? (
        <LoadFailed onRetry={() => query.refetch()} />
      ) : (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Statistic
                title={T.redTotal}
                value={red.length}
                valueStyle={red.length ? { color: '#cf1322' } : undefined}
                data-testid="home-county-red-total"
              />
            </Col>
            <Col span={12}>
              <Statistic title={T.townships} value={groups.length} data-testid="home-county-red-townships" />
            </Col>
          </Row>
          {groups.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.none} />
          ) : (
            <>
              <Typography.Text type="secondary" style={{ display: 'block', margin: '16px 0 4px' }}>
                {T.most}
              </Typography.Text>
              <Space size={[4, 8]} wrap>
                {groups.slice(0, MOST).map((g) => (
                  <Tag key={g.path} color="error" bordered={false}>
                    {`${g.name} ${T.count(g.n)}`}
                  </Tag>
                ))}
              </Space>
            </>
          )}
          <div style={{ marginTop: 16 }}>
            <Button onClick={() => navigate(withOrg('/deadlines'))}>{T.openBoard}</Button>
          </div>
        </>
      )}
    </Card>
  );
}
