// 涉企检查统计: each enterprise's inspections in a year against the configurable cap (GET
// /api/ledgers/enforcement/views/inspection-counts), with the warning on repeated inspection and
// the local rule it comes from.
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { InspectionCount, InspectionCounts } from '../../../../shared/api/ledgers.ts';
import { ExportButtons } from '../../../components/ExportButtons.tsx';
import { api, errorMessage } from '../../../data/client.ts';
import { L } from '../../../labels.ts';
import { useThisYear } from '../../../shell/current-user.ts';
import { useSelectedOrg } from '../../../shell/org-context.tsx';
import { PageLoading } from '../../../shell/PageLoading.tsx';
import { pagePath } from '../api.ts';

const T = L.enforcementViews;

export default function InspectionCountsPage() {
  const { orgId, switched, withOrg } = useSelectedOrg();
  const org = switched ? orgId : undefined;
  const thisYear = useThisYear();
  const [year, setYear] = useState(thisYear);
  const counts = useQuery({
    queryKey: ['ledgers', 'enforcement', 'inspection-counts', org ?? null, year],
    queryFn: () =>
      api.get<InspectionCounts>('/api/ledgers/enforcement/views/inspection-counts', { org, year }),
  });

  const columns: ColumnsType<InspectionCount> = [
    { title: T.enterprise, dataIndex: 'enterpriseName', ellipsis: true },
    {
      title: T.creditCode,
      dataIndex: 'creditCode',
      width: 200,
      render: (v: string | null) => v ?? T.noCreditCode,
    },
    {
      title: T.count,
      dataIndex: 'count',
      width: 130,
      align: 'right',
      sorter: (a, b) => a.count - b.count,
      defaultSortOrder: 'descend',
    },
    { title: T.cap, dataIndex: 'cap', width: 110, align: 'right' },
    {
      title: T.status,
      key: 'status',
      width: 140,
      render: (_, e) =>
        e.overCap ? (
          <Tag color="error">{T.overCap}</Tag>
        ) : e.count >= e.cap ? (
          <Tag color="warning">{T.atCap}</Tag>
        ) : (
          <Tag color="success">{T.underCap}</Tag>
        ),
    },
    {
      title: T.lastInspected,
      key: 'last',
      width: 130,
      render: (_, e) => (
        <Link to={withOrg(pagePath.record('enforcement', 'inspection', e.lastId))}>{e.lastInspectedOn}</Link>
      ),
    },
  ];

  const items = counts.data?.items ?? [];
  const over = items.filter((e) => e.overCap).length;
  const total = items.reduce((s, e) => s + e.count, 0);

  return (
    <PageContainer
      title={T.inspectionTitle}
      subTitle={T.inspectionSubtitle}
      extra={
        <Space>
          <span>{T.year}</span>
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: T.yearValue(y) }))}
            data-testid="inspection-year"
          />
          <ExportButtons
            base="/api/ledgers/enforcement/views/inspection-counts/export"
            name={T.inspectionExportName(year)}
            query={{ org, year }}
          />
        </Space>
      }
    >
      {counts.isPending ? (
        <PageLoading />
      ) : counts.isError ? (
        <Alert type="error" showIcon message={errorMessage(counts.error)} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type={over > 0 ? 'warning' : 'info'}
            showIcon
            message={T.capRule(counts.data.cap)}
            description={T.capBasis(counts.data.basis)}
          />
          <StatisticCard.Group direction="row">
            <StatisticCard statistic={{ title: T.enterprises, value: items.length }} />
            <StatisticCard.Divider />
            <StatisticCard statistic={{ title: T.inspections, value: total }} />
            <StatisticCard.Divider />
            <StatisticCard
              statistic={{ title: T.overCapCount, value: over, valueStyle: { color: '#cf1322' } }}
              data-testid="inspection-over"
            />
          </StatisticCard.Group>
          <ProCard>
            <Table<InspectionCount>
              size="middle"
              rowKey={(e) => e.creditCode ?? e.enterpriseName}
              columns={columns}
              dataSource={items}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.inspectionEmpty} />,
              }}
              pagination={
                items.length > 20
                  ? { pageSize: 20, showSizeChanger: false, showTotal: L.common.totalItems }
                  : false
              }
            />
          </ProCard>
        </Space>
      )}
    </PageContainer>
  );
}
