// The figures stated in one report: indicator, value, qualifier, unit, the quote and its line.
// Clicking a row shows the line in the text.
import { Table, Tag, Typography } from 'antd';
import type { Metric } from '../../../shared/api/checks.ts';
import { L } from '../../labels.ts';
import { formatValue, indicatorLabel, indicatorOrder } from './figures.ts';

const T = L.checker.figures;
const QUALIFIER_COLOR: Record<string, string> = {
  exact: 'default',
  over: 'gold',
  approx: 'cyan',
  under: 'purple',
};

export function FiguresTable({ metrics, onLocate }: { metrics: Metric[]; onLocate(line: number): void }) {
  const rows = metrics.map((m, i) => ({ ...m, key: i }));
  return (
    <div data-testid="checker-figures">
      <Table
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={false}
        scroll={{ y: 420 }}
        locale={{ emptyText: T.none }}
        onRow={(m) => ({ onClick: () => onLocate(m.line), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: T.indicator,
            dataIndex: 'id',
            width: 220,
            sorter: (a, b) => indicatorOrder(a.id) - indicatorOrder(b.id),
            render: (id: string) => indicatorLabel(id),
          },
          {
            title: T.value,
            dataIndex: 'value',
            width: 96,
            align: 'right',
            sorter: (a, b) => a.value - b.value,
            render: (v: number) => <Typography.Text strong>{formatValue(v)}</Typography.Text>,
          },
          {
            title: T.qualifier,
            dataIndex: 'qualifier',
            width: 92,
            render: (q: string) => (
              <Tag color={QUALIFIER_COLOR[q]} bordered={false}>
                {L.checker.qualifiers[q] ?? q}
              </Tag>
            ),
          },
          { title: T.unit, dataIndex: 'unit', width: 64 },
          {
            title: T.quote,
            dataIndex: 'quote',
            render: (q: string) => <Typography.Text style={{ fontSize: 13 }}>{q}</Typography.Text>,
          },
          {
            title: T.line,
            dataIndex: 'line',
            width: 64,
            align: 'right',
            sorter: (a, b) => a.line - b.line,
            render: (l: number) => <Typography.Link>{l}</Typography.Link>,
          },
        ]}
      />
    </div>
  );
}
