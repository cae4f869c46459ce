// The county's 督办 figures on its first screen: for this year, per township, the notices issued,
// answered by their 办理期限, overdue (answered late or unanswered past the date) and not closed
// (GET /api/ledgers/supervision/views/summary), narrowed to the organisation chosen in the header.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { SupervisionSummary } from '../../../shared/api/supervision.ts';
import { api } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useToday } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { pagePath } from '../ledgers/api.ts';
import { SUPERVISION } from '../supervision/supervise.tsx';
import { LoadFailed, useInSelected } from './common.tsx';

const T = L.supervision;

export function SupervisionCard() {
  const navigate = useNavigate();
  const { withOrg } = useSelectedOrg();
  const inSelected = useInSelected();
  const today = useToday();
  const view = useQuery({
    queryKey: ['supervision', 'summary'],
    queryFn: () => api.get<SupervisionSummary>('/api/ledgers/supervision/views/summary'),
  });
  const items = (view.data?.items ?? []).filter((i) => inSelected(i.orgId));
  const sum = (key: 'issued' | 'onTime' | 'overdue' | 'open') => items.reduce((n, i) => n + i[key], 0);
  const stats: [string, number, string | undefined][] = [
    [T.issued, sum('issued'), undefined],
    [T.onTime, sum('onTime'), '#389e0d'],
    [T.overdue, sum('overdue'), '#cf1322'],
    [T.open, sum('open'), '#d46b08'],
  ];
  return (
    <Card
      title={T.summaryTitle(view.data?.year ?? Number(today.slice(0, 4)))}
      loading={view.isPending}
      data-testid="home-supervision"
      extra={
        <Button
          type="link"
          onClick={() => navigate(withOrg(pagePath.list(SUPERVISION.kind, SUPERVISION.type)))}
        >
          {T.all}
        </Button>
      }
    >
      {view.isError ? (
        <LoadFailed onRetry={() => view.refetch()} />
      ) : (
        <>
          <Row gutter={16}>
            {stats.map(([title, value, color]) => (
              <Col key={title} span={6}>
                <Statistic title={title} value={value} valueStyle={value && color ? { color } : undefined} />
              </Col>
            ))}
          </Row>
          <Table
            size="small"
            style={{ marginTop: 16 }}
            rowKey="orgId"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: T.empty }}
            scroll={{ x: 420 }}
            columns={[
              { title: T.org, dataIndex: 'orgName' },
              { title: T.issued, dataIndex: 'issued', width: 80, align: 'right' },
              { title: T.onTime, dataIndex: 'onTime', width: 90, align: 'right' },
              {
                title: T.overdue,
                dataIndex: 'overdue',
                width: 70,
                align: 'right',
                render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
              },
              { title: T.open, dataIndex: 'open', width: 80, align: 'right' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
            {T.summaryBasis}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
