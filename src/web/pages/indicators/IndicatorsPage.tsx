// 工作指标: the figures the ledgers compute for an organisation subtree and a year
// (GET /api/indicators), each openable to the records it counts (GET /api/indicators/:id/records).
import { PageContainer, ProCard, ProTable } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Empty, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { IndicatorRecords, IndicatorValue, IndicatorValues } from '../../../shared/api/indicators.ts';
import type { RecordView } from '../../../shared/api/ledgers.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { buildOrgTree } from '../../org-tree.ts';
import { useThisYear } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { findManifest, pagePath, useLedgerManifests } from '../ledgers/api.ts';
import { fieldText } from '../ledgers/fields.tsx';
import { stateColour } from '../ledgers/states.ts';

const T = L.indicators;
const FIRST_YEAR = 2019;

export default function IndicatorsPage() {
  const { orgId: selectedOrg, orgs } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const thisYear = useThisYear();
  const [params] = useSearchParams();
  const asked = Number(params.get('year'));
  const [org, setOrg] = useState<number>(selectedOrg);
  // ?year= (from the home page) opens that year; last year by default.
  const [year, setYear] = useState<number>(asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear - 1);
  const [open, setOpen] = useState<IndicatorValue | null>(null);
  const manifests = useLedgerManifests();
  const values = useQuery({
    queryKey: ['indicators', org, year],
    queryFn: () => api.get<IndicatorValues>('/api/indicators', { org, year }),
  });
  const ledgerLabel = (kind: string) => manifests.data?.find((l) => l.kind === kind)?.label ?? kind;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  return (
    <PageContainer title={T.title} subTitle={T.subtitle}>
      <ProCard>
        <Space wrap style={{ marginBottom: 16 }}>
          <span>{T.org}</span>
          <TreeSelect
            style={{ width: 260 }}
            value={org}
            onChange={(v) => setOrg(v)}
            treeData={orgTree}
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            data-testid="indicator-org"
          />
          <span>{T.year}</span>
          <Select
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: T.yearValue(y) }))}
            data-testid="indicator-year"
          />
          <ExportButtons base="/api/indicators/export" name={T.exportName(year)} query={{ org, year }} />
        </Space>
        {values.isError ? (
          <Alert type="error" showIcon message={errorMessage(values.error)} />
        ) : (
          <Table<IndicatorValue>
            rowKey="id"
            loading={values.isPending}
            dataSource={values.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.empty} /> }}
            columns={[
              { title: T.indicator, dataIndex: 'label' },
              {
                title: T.value,
                dataIndex: 'value',
                align: 'right',
                width: 140,
                render: (v: number) => (
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}
                  </Typography.Text>
                ),
              },
              { title: T.unit, dataIndex: 'unit', width: 80 },
              { title: T.ledger, dataIndex: 'ledger', width: 180, render: (k: string) => ledgerLabel(k) },
              {
                title: L.common.actions,
                key: 'open',
                width: 120,
                render: (_, row) => (
                  <Button type="link" size="small" onClick={() => setOpen(row)} data-testid="indicator-open">
                    {T.records}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </ProCard>
      {open && (
        <Drawer
          open
          width={920}
          title={T.recordsTitle(open.label, year)}
          onClose={() => setOpen(null)}
          destroyOnHidden
        >
          <IndicatorRecordsTable indicator={open} org={org} year={year} />
        </Drawer>
      )}
    </PageContainer>
  );
}

function IndicatorRecordsTable({
  indicator,
  org,
  year,
}: {
  indicator: IndicatorValue;
  org: number;
  year: number;
}) {
  const manifests = useLedgerManifests();
  const { withOrg } = useSelectedOrg();
  const [shape, setShape] = useState<{ ledger: string; type: string } | null>(null);
  const found = shape ? findManifest(manifests.data, shape.ledger, shape.type) : null;
  const dateField = found?.rt.fields.find((f) => f.name === found.rt.dateField);
  return (
    <ProTable<RecordView>
      rowKey="id"
      search={false}
      options={false}
      params={{ org, year, id: indicator.id }}
      request={async (params) => {
        const r = await api.get<IndicatorRecords>(
          `/api/indicators/${encodeURIComponent(indicator.id)}/records`,
          {
            org,
            year,
            page: params.current ?? 1,
            pageSize: params.pageSize ?? 20,
          },
        );
        setShape({ ledger: r.ledger, type: r.type });
        return { data: r.items, total: r.total, success: true };
      }}
      pagination={{ defaultPageSize: 20, showSizeChanger: false, showTotal: (n) => L.common.totalItems(n) }}
      locale={{ emptyText: T.noRecords }}
      columns={[
        {
          title: L.deadlines.record,
          dataIndex: 'title',
          ellipsis: true,
          render: (_, r) =>
            shape ? (
              <Link to={withOrg(pagePath.record(shape.ledger, shape.type, r.id))}>{r.title}</Link>
            ) : (
              r.title
            ),
        },
        ...(dateField
          ? [
              {
                title: dateField.label,
                key: 'date',
                width: 120,
                render: (_: unknown, r: RecordView) => fieldText(dateField, r),
              },
            ]
          : []),
        { title: L.ledgers.org, dataIndex: 'orgName', width: 180 },
        {
          title: L.ledgers.state,
          dataIndex: 'stateLabel',
          width: 110,
          render: (_, r) => (
            <Tag color={found ? stateColour(found.rt, r.state) : undefined}>{r.stateLabel}</Tag>
          ),
        },
      ]}
    />
  );
}
