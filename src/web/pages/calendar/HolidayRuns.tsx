// The list beside the year grid: each run of holidays (春节 2025-01-28 至 2025-02-04) and each 调休
// working day, in date order.
import { Table, Tag, Typography } from 'antd';
import type { CalendarYear } from '../../../shared/api/calendar.ts';
import { L } from '../../labels.ts';
import { runs } from './YearGrid.tsx';

const T = L.calendar;

export function HolidayRuns({ data }: { data: Pick<CalendarYear, 'holidays' | 'workdays'> }) {
  const rows = [
    ...runs(data.holidays).map((r) => ({ ...r, kind: 'holiday' as const })),
    ...runs(data.workdays).map((r) => ({ ...r, kind: 'workday' as const })),
  ].sort((a, b) => a.from.localeCompare(b.from));
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.kind}-${r.from}`}
      dataSource={rows}
      pagination={false}
      style={{ marginBottom: 16 }}
      title={() => <Typography.Text strong>{T.holidaysList}</Typography.Text>}
      columns={[
        { title: T.holidayName, dataIndex: 'name', width: 160 },
        {
          title: T.dayKind,
          dataIndex: 'kind',
          width: 120,
          render: (k: string) =>
            k === 'holiday' ? <Tag color="red">{T.holiday}</Tag> : <Tag color="blue">{T.workday}</Tag>,
        },
        {
          title: T.dates,
          render: (_: unknown, r) => (r.from === r.to ? r.from : T.dateRun(r.from, r.to, r.days)),
        },
      ]}
    />
  );
}
