// A statutory clock of a record: its due date, its yellow/red status and how it was computed
// (start, unit, rule and source, days skipped, pauses, extensions) — the server's explanation.
import { Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { L } from '../../labels.ts';
import type { Colour, DeadlineView } from './api.ts';

const T = L.ledgers;

export const colourTag: Record<Colour, string> = {
  red: 'error',
  yellow: 'warning',
  green: 'success',
  grey: 'default',
};

export function DeadlineStatus({ d }: { d: Pick<DeadlineView, 'colour' | 'status'> }) {
  return <Tag color={colourTag[d.colour]}>{d.status}</Tag>;
}

/** The explanation steps the server computed, in order. */
export function DeadlineExplain({ d }: { d: DeadlineView }) {
  return (
    <Timeline
      style={{ marginTop: 8, marginBottom: -16 }}
      items={d.explain.map((line, i) => ({
        key: `${i}`,
        color: i === d.explain.length - 1 ? 'gray' : 'blue',
        children: <Typography.Text style={{ fontSize: 13 }}>{line}</Typography.Text>,
      }))}
    />
  );
}

/** Every fact of a clock, then its explanation. */
export function DeadlineDetail({ d }: { d: DeadlineView }) {
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'start', label: T.deadlineStart, children: d.start },
          {
            key: 'period',
            label: T.deadlinePeriod,
            children: T.deadlinePeriodValue(d.days, d.unitLabel),
          },
          { key: 'due', label: T.deadlineDue, children: d.due ?? T.dueUnknown },
          { key: 'warn', label: T.colour.yellow, children: T.deadlineWarn(d.warnDays, d.unitLabel) },
          { key: 'basis', label: T.deadlineBasis, span: 2, children: d.basis },
          ...(d.pauses.length
            ? [
                {
                  key: 'pauses',
                  label: T.deadlinePauses,
                  span: 3,
                  children: (
                    <Space direction="vertical" size={0}>
                      {d.pauses.map((p) => (
                        <span key={`${p.from}-${p.to}`}>{T.deadlinePause(p.from, p.to, p.reason)}</span>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
          ...(d.extensions.length
            ? [
                {
                  key: 'extensions',
                  label: T.deadlineExtensions,
                  span: 3,
                  children: (
                    <Space direction="vertical" size={0}>
                      {d.extensions.map((x) => (
                        <span key={`${x.approvedAt ?? ''}-${x.days}-${x.reason ?? ''}`}>
                          {T.deadlineExtension(x.days, x.reason)}
                        </span>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {T.deadlineExplain}
      </Typography.Text>
      <DeadlineExplain d={d} />
    </>
  );
}
