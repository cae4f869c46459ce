// 年度报告汇总: the figures each report states next to the ledgers' — a chart per indicator (lazily
// loaded ECharts) and the whole table.
import { ProCard } from '@ant-design/pro-components';
import { Empty, Select, Space, Spin, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { CountyView, IndicatorRow } from '../../../shared/api/county.ts';
import { L } from '../../labels.ts';
import { formatValue } from '../checks/figures.ts';

const CountyChart = lazy(() => import('./CountyChart.tsx'));

const T = L.countyReports;
const show = (v: number | null) => (v === null ? '—' : formatValue(v));

export function CountyIndicatorsCard({ view }: { view: CountyView }) {
  const I = T.indicators;
  const [onlyStated, setOnlyStated] = useState(true);
  const withFigures = useMemo(
    () => view.indicators.filter((r) => r.cells.some((c) => c.stated !== null || (c.ledger ?? 0) !== 0)),
    [view],
  );
  const rows = onlyStated ? withFigures : view.indicators;
  const [chosen, setChosen] = useState<string | null>(null);
  const current = view.indicators.find((r) => r.id === chosen) ?? withFigures[0] ?? null;

  const columns: ColumnsType<IndicatorRow> = [
    {
      title: I.indicator,
      key: 'label',
      fixed: 'left',
      width: 200,
      render: (_, r) => (
        <Typography.Link onClick={() => setChosen(r.id)}>
          {r.label}
          <Typography.Text type="secondary">（{r.unit}）</Typography.Text>
        </Typography.Link>
      ),
    },
    ...view.columns.map((c, n): ColumnsType<IndicatorRow>[number] => ({
      title: (
        <div>
          {c.orgName}
          {c.source === 'external' && (
            <Tag color="gold" style={{ marginInlineStart: 4 }}>
              {T.external}
            </Tag>
          )}
        </div>
      ),
      key: String(c.orgId),
      width: 92,
      align: 'right',
      render: (_, r) => <FigureCell cell={r.cells[n]} />,
    })),
    {
      title: I.total,
      key: 'total',
      width: 104,
      align: 'right',
      render: (_, r) => (
        <div>
          <Typography.Text strong>{show(r.total.stated)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {I.ledgerShort(show(r.total.ledger))}
            </Typography.Text>
          </div>
        </div>
      ),
    },
  ];

  return (
    <ProCard bordered title={I.title} subTitle={I.hint}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{I.choose}</span>
        <Select
          style={{ width: 360 }}
          value={current?.id}
          onChange={setChosen}
          showSearch
          optionFilterProp="label"
          options={withFigures.map((r) => ({ value: r.id, label: `${r.label}（${r.unit}）` }))}
          data-testid="county-indicator"
        />
      </Space>
      {current ? (
        <Suspense fallback={<Spin />}>
          <CountyChart
            townships={view.columns.map((c) => c.orgName)}
            stated={current.cells.map((c) => c.stated)}
            ledger={current.cells.map((c) => c.ledger)}
            unit={current.unit}
          />
        </Suspense>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={I.chartEmpty} />
      )}
      <div style={{ margin: '16px 0 8px' }}>
        <Space>
          <Switch size="small" checked={onlyStated} onChange={setOnlyStated} />
          <span>{I.onlyStated}</span>
        </Space>
      </div>
      <div data-testid="county-indicators">
        <Table<IndicatorRow>
          rowKey="id"
          size="small"
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </div>
    </ProCard>
  );
}

function FigureCell({ cell }: { cell: IndicatorRow['cells'][number] }) {
  const I = T.indicators;
  const value = (
    <Typography.Text strong type={cell.differs ? 'danger' : undefined}>
      {show(cell.stated)}
    </Typography.Text>
  );
  return (
    <div>
      {cell.quote ? <Tooltip title={cell.quote}>{value}</Tooltip> : value}
      {cell.ledger !== null && (
        <div>
          <Tooltip title={cell.differs ? I.differs : undefined}>
            <Typography.Text type={cell.differs ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {I.ledgerShort(show(cell.ledger))}
            </Typography.Text>
          </Tooltip>
        </div>
      )}
    </div>
  );
}
