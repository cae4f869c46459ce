// A statutory clock of a record: its due date, its yellow/red status and how it was computed
// (start, unit, rule and source, days skipped, pauses, extensions) — the server's explanation.
import { Alert, Descriptions, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { DeadlineView } from '../../../shared/api/board.ts';
import { L } from '../../labels.ts';
import { colourTag, dueText } from './deadline-text.ts';

const T = L.ledgers;

export { colourTag, dueText };

type StatusFacts = Pick<DeadlineView, 'colour' | 'status'> &
  Partial<Pick<DeadlineView, 'provisional' | 'moved'>>;

/**
 * The clock's colour and status in a short tag (a long status, such as why a due date cannot be
 * computed, moves into the tooltip), with 暂定 for a provisional due date and 已调整 for one that moved.
 */
export function DeadlineStatus({ d }: { d: StatusFacts }) {
  const grey = d.colour === 'grey';
  return (
    <Space size={4} wrap>
      <Tooltip title={grey ? d.status : undefined}>
        <Tag color={colourTag[d.colour]} style={{ marginInlineEnd: 0 }}>
          {grey ? T.colour.grey : d.status}
        </Tag>
      </Tooltip>
      {d.provisional && (
        <Tooltip title={T.provisionalHint}>
          <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="deadline-provisional">
            {T.provisional}
          </Tag>
        </Tooltip>
      )}
      {d.moved && (
        <Tooltip title={d.moved.note}>
          <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="deadline-moved">
            {T.moved}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
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
          { key: 'due', label: T.deadlineDue, children: dueText(d) },
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
      {d.moved && <Alert type="info" showIcon message={d.moved.note} style={{ marginTop: 8 }} />}
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {T.deadlineExplain}
      </Typography.Text>
      <DeadlineExplain d={d} />
    </>
  );
}
