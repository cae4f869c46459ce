// Twelve month grids of one year: statutory holidays (休) and 调休 make-up workdays (班).
import { Card, Col, Row, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CalendarYear } from '../../../shared/api/calendar.ts';
import { L } from '../../labels.ts';

const T = L.calendar;
const HOLIDAY_BG = '#fde8e7';
const HOLIDAY_FG = '#b3261e';
const WORKDAY_BG = '#e6eefb';
const WORKDAY_FG = '#1f4e9c';

export function YearGrid({ data }: { data: CalendarYear }) {
  const holidays = new Map(data.holidays.map((d) => [d.date, d.name]));
  const workdays = new Map(data.workdays.map((d) => [d.date, d.name]));
  return (
    <>
      <Space size={16} style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{T.legend}</Typography.Text>
        <LegendSwatch bg={HOLIDAY_BG} fg={HOLIDAY_FG} mark={T.holidayMark} text={T.holiday} />
        <LegendSwatch bg={WORKDAY_BG} fg={WORKDAY_FG} mark={T.workdayMark} text={T.workday} />
        <LegendSwatch bg="#fafafa" fg="#999" mark="" text={T.weekend} />
      </Space>
      <Row gutter={[12, 12]} data-testid="year-grid">
        {MONTHS.map((m) => (
          <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
            <Month year={data.year} month={m} holidays={holidays} workdays={workdays} />
          </Col>
        ))}
      </Row>
    </>
  );
}

function LegendSwatch({ bg, fg, mark, text }: { bg: string; fg: string; mark: string; text: string }) {
  return (
    <Space size={4}>
      <span
        style={{
          display: 'inline-block',
          width: 18,
          height: 18,
          lineHeight: '18px',
          textAlign: 'center',
          fontSize: 11,
          background: bg,
          color: fg,
          borderRadius: 4,
        }}
      >
        {mark}
      </span>
      <span>{text}</span>
    </Space>
  );
}

const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

type Cell = { key: string; day: dayjs.Dayjs | null };

function Month(props: {
  year: number;
  month: number;
  holidays: Map<string, string>;
  workdays: Map<string, string>;
}) {
  const first = dayjs(new Date(props.year, props.month, 1));
  const lead = (first.day() + 6) % 7; // Monday-first grid
  const cells: Cell[] = [
    ...Array.from({ length: lead }, (_, i) => ({ key: `blank-${i}`, day: null })),
    ...Array.from({ length: first.daysInMonth() }, (_, i) => {
      const day = first.add(i, 'day');
      return { key: day.format('YYYY-MM-DD'), day };
    }),
  ];
  return (
    <Card
      size="small"
      title={T.monthTitle(props.month + 1)}
      styles={{ body: { padding: 8 } }}
      style={{ height: '100%' }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}>
        {T.weekdays.map((w, i) => (
          <div key={w} style={{ fontSize: 12, color: i >= 5 ? '#999' : '#666', paddingBottom: 2 }}>
            {w}
          </div>
        ))}
        {cells.map((c) =>
          c.day ? (
            <DayCell key={c.key} day={c.day} holidays={props.holidays} workdays={props.workdays} />
          ) : (
            <div key={c.key} />
          ),
        )}
      </div>
    </Card>
  );
}

function DayCell(props: { day: dayjs.Dayjs; holidays: Map<string, string>; workdays: Map<string, string> }) {
  const { day } = props;
  const iso = day.format('YYYY-MM-DD');
  const holiday = props.holidays.get(iso);
  const workday = props.workdays.get(iso);
  const weekend = day.day() === 0 || day.day() === 6;
  const style = holiday
    ? { background: HOLIDAY_BG, color: HOLIDAY_FG, fontWeight: 600 }
    : workday
      ? { background: WORKDAY_BG, color: WORKDAY_FG, fontWeight: 600 }
      : weekend
        ? { background: '#fafafa', color: '#999' }
        : { color: '#333' };
  const cell = (
    <div
      style={{ position: 'relative', fontSize: 12, lineHeight: '24px', borderRadius: 4, ...style }}
      data-date={iso}
      data-kind={holiday ? 'holiday' : workday ? 'workday' : weekend ? 'weekend' : 'day'}
    >
      {day.date()}
      {(holiday || workday) && (
        <span style={{ position: 'absolute', top: -3, right: 1, fontSize: 9, lineHeight: '12px' }}>
          {holiday ? T.holidayMark : T.workdayMark}
        </span>
      )}
    </div>
  );
  const name = holiday ?? workday;
  if (!name) return cell;
  return <Tooltip title={`${iso} ${name}${holiday ? T.holiday : T.workday}`}>{cell}</Tooltip>;
}

export interface DateRun {
  name: string;
  from: string;
  to: string;
  days: number;
}

/** Groups consecutive dates with the same name: 春节 2025-01-28 … 2025-02-04 becomes one run. */
export function runs(days: { date: string; name: string }[]): DateRun[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const result: DateRun[] = [];
  for (const d of sorted) {
    const last = result[result.length - 1];
    if (last && last.name === d.name && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === d.date) {
      last.to = d.date;
      last.days += 1;
    } else {
      result.push({ name: d.name, from: d.date, to: d.date, days: 1 });
    }
  }
  return result;
}
