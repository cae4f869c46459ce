// 年度报告汇总 · 指标同比: each indicator of the year next to the year before for one township
// (street) or the county's sum, with the change in units and per cent (GET
// /api/annual-reports/county/yoy); 上年无数据 where last year has no figure, never a 0. The whole
// comparison, every township, is exported as XLSX or CSV.
import { ProCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { CountyYoy, YoyCell } from '../../../shared/api/county-yoy.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { api, errorMessage } from '../../data/client.ts';
import { formatValue } from '../checks/figures.ts';

// this card's words (kept with it: it loads with the county page only)
const T = {
  title: (y: number, p: number) => `指标同比（${y}年与${p}年）`,
  hint: '本系统记台账的按台账统计，未使用本系统的按其年度报告所载数字',
  township: '乡镇（街道）',
  county: '全县合计',
  onlyData: '只看有数据的指标',
  indicator: '指标',
  current: (y: number) => `${y}年`,
  previous: (y: number) => `${y}年`,
  change: '增减',
  pct: '增减幅度',
  noPrevious: '上年无数据',
  noCurrent: '本年无数据',
  zeroBase: '上年为0',
  exportName: (y: number, p: number) => `${y}年与${p}年指标同比`,
};

const BASE = '/api/annual-reports/county/yoy';
const COUNTY = -1;
const show = (v: number | null) => (v === null ? '—' : formatValue(v));
const signed = (v: number) => (v > 0 ? `+${formatValue(v)}` : formatValue(v));

interface Row {
  id: string;
  label: string;
  unit: string;
  cell: YoyCell;
}

function Change({ c, pct }: { c: YoyCell; pct?: boolean }) {
  if (c.previous === null) return <Tag>{T.noPrevious}</Tag>;
  if (c.current === null) return <Tag>{T.noCurrent}</Tag>;
  if (pct && c.changePct === null) return <Typography.Text type="secondary">{T.zeroBase}</Typography.Text>;
  const v = pct ? (c.changePct ?? 0) : (c.change ?? 0);
  const type = v > 0 ? 'success' : v < 0 ? 'danger' : 'secondary';
  return <Typography.Text type={type}>{pct ? `${signed(v)}%` : signed(v)}</Typography.Text>;
}

export function CountyYoyCard({ year }: { year: number }) {
  const yoy = useQuery({
    queryKey: ['county-reports', year, 'yoy'],
    queryFn: () => api.get<CountyYoy>(BASE, { year }),
  });
  const [org, setOrg] = useState<number>(COUNTY);
  const [onlyData, setOnlyData] = useState(true);
  const data = yoy.data;
  const rows = useMemo((): Row[] => {
    if (!data) return [];
    const i = data.columns.findIndex((c) => c.orgId === org);
    return data.rows
      .map((r) => ({ id: r.id, label: r.label, unit: r.unit, cell: i >= 0 ? r.cells[i] : r.total }))
      .filter((r): r is Row => r.cell !== null)
      .filter((r) => !onlyData || (r.cell.current ?? 0) !== 0 || (r.cell.previous ?? 0) !== 0);
  }, [data, org, onlyData]);
  if (yoy.isError) return <Alert type="error" showIcon message={errorMessage(yoy.error)} />;
  if (!data) return <Spin />;
  const columns: ColumnsType<Row> = [
    {
      title: T.indicator,
      key: 'label',
      render: (_, r) => (
        <>
          {r.label}
          <Typography.Text type="secondary">（{r.unit}）</Typography.Text>
        </>
      ),
    },
    {
      title: T.current(data.year),
      key: 'cur',
      align: 'right',
      width: 110,
      render: (_, r) => show(r.cell.current),
    },
    {
      title: T.previous(data.previousYear),
      key: 'prev',
      align: 'right',
      width: 110,
      render: (_, r) => (r.cell.previous === null ? <Tag>{T.noPrevious}</Tag> : show(r.cell.previous)),
    },
    { title: T.change, key: 'change', align: 'right', width: 110, render: (_, r) => <Change c={r.cell} /> },
    { title: T.pct, key: 'pct', align: 'right', width: 120, render: (_, r) => <Change c={r.cell} pct /> },
  ];
  return (
    <ProCard
      bordered
      title={T.title(data.year, data.previousYear)}
      subTitle={T.hint}
      extra={
        <span data-testid="yoy-export">
          <ExportButtons
            base={`${BASE}/export`}
            query={{ year }}
            name={T.exportName(data.year, data.previousYear)}
          />
        </span>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{T.township}</span>
        <Select
          data-testid="yoy-org"
          style={{ minWidth: 200 }}
          value={org}
          onChange={setOrg}
          options={[
            { value: COUNTY, label: T.county },
            ...data.columns.map((c) => ({ value: c.orgId, label: c.orgName })),
          ]}
        />
        <Switch checked={onlyData} onChange={setOnlyData} /> {T.onlyData}
      </Space>
      <Table<Row>
        data-testid="county-yoy"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
      />
    </ProCard>
  );
}
