// 公开待办（处罚决定公开）: the enforcement ledger's disclosure queue (GET
// /api/ledgers/enforcement/views/disclosure-queue) — decisions awaiting publication, earliest due
// first, each with its due date in working days, its red/yellow status, how the date was computed
// and the basis (国办发〔2018〕118号, 《行政处罚法》第四十八条).
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { DisclosureQueue, DisclosureQueueItem } from '../../../../shared/api/ledgers.ts';
import { api, errorMessage } from '../../../data/client.ts';
import { L } from '../../../labels.ts';
import { useSelectedOrg } from '../../../shell/org-context.tsx';
import { PageLoading } from '../../../shell/PageLoading.tsx';
import { pagePath } from '../api.ts';
import { DeadlineDetail, DeadlineStatus, dueText } from '../deadline.tsx';

const T = L.enforcementViews;

export default function DisclosureQueuePage() {
  const { orgId, switched, withOrg } = useSelectedOrg();
  const org = switched ? orgId : undefined;
  const queue = useQuery({
    queryKey: ['ledgers', 'enforcement', 'disclosure-queue', org ?? null],
    queryFn: () => api.get<DisclosureQueue>('/api/ledgers/enforcement/views/disclosure-queue', { org }),
  });

  const columns: ColumnsType<DisclosureQueueItem> = [
    {
      title: T.caseNo,
      dataIndex: 'caseNo',
      width: 190,
      render: (_, q) => (
        <Link to={withOrg(pagePath.record('enforcement', 'case', q.caseId))} data-testid="disclosure-item">
          {q.caseNo}
        </Link>
      ),
    },
    {
      title: T.due,
      key: 'due',
      width: 120,
      render: (_, q) => <Typography.Text strong>{dueText(q.deadline)}</Typography.Text>,
    },
    { title: T.status, key: 'status', width: 150, render: (_, q) => <DeadlineStatus d={q.deadline} /> },
    { title: T.caseTitle, dataIndex: 'title', width: 220, ellipsis: true },
    { title: T.decisionNo, dataIndex: 'decisionNo', width: 190, render: (v) => v ?? L.ledgers.emptyValue },
    { title: T.decidedOn, dataIndex: 'decidedOn', width: 110 },
    { title: T.outcome, dataIndex: 'outcomeLabel', width: 110 },
    { title: T.clock, key: 'clock', width: 160, render: (_, q) => q.deadline.label },
  ];

  const items = queue.data?.items ?? [];
  const red = items.filter((q) => q.deadline.colour === 'red').length;
  const yellow = items.filter((q) => q.deadline.colour === 'yellow').length;

  return (
    <PageContainer title={T.disclosureTitle} subTitle={T.disclosureSubtitle}>
      {queue.isPending ? (
        <PageLoading />
      ) : queue.isError ? (
        <Alert type="error" showIcon message={errorMessage(queue.error)} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="info" showIcon message={T.disclosureRule} description={T.disclosureBasis} />
          <StatisticCard.Group direction="row">
            <StatisticCard statistic={{ title: T.pending, value: items.length }} />
            <StatisticCard.Divider />
            <StatisticCard
              statistic={{ title: T.overdue, value: red, valueStyle: { color: '#cf1322' } }}
              data-testid="disclosure-red"
            />
            <StatisticCard.Divider />
            <StatisticCard
              statistic={{ title: T.dueSoon, value: yellow, valueStyle: { color: '#d48806' } }}
            />
            <StatisticCard.Divider />
            <StatisticCard
              statistic={{ title: T.today, value: queue.data.today, valueStyle: { fontSize: 20 } }}
            />
          </StatisticCard.Group>
          <ProCard>
            <Table<DisclosureQueueItem>
              size="middle"
              rowKey="caseId"
              columns={columns}
              dataSource={items}
              scroll={{ x: 1300 }}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.disclosureEmpty} />,
              }}
              pagination={
                items.length > 20
                  ? { pageSize: 20, showSizeChanger: false, showTotal: L.common.totalItems }
                  : false
              }
              expandable={{
                expandedRowRender: (q) => <DeadlineDetail d={q.deadline} />,
                columnTitle: T.how,
                columnWidth: 80,
              }}
            />
          </ProCard>
        </Space>
      )}
    </PageContainer>
  );
}
