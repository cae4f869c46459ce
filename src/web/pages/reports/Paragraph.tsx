// One paragraph of the report as it will read: bound figures underlined (a tooltip names the
// indicator, the ledger value and the records it counts), finding spans marked in the severity's
// colour, the findings' messages under it and a coloured left border. Editable in place: a click
// opens a text area; add and delete buttons sit at its right.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { Binding, PlacedFinding } from '../../../shared/api/annual-reports.ts';
import { L } from '../../labels.ts';
import { worst } from '../checks/highlight.ts';
import { SEVERITY_COLOR } from '../checks/severity.ts';
import { type Mark, paragraphRuns } from './model.ts';

const T = L.reports.doc;
const S = L.checker.severity;

export const FONTS = {
  title: "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', serif",
  body: "'仿宋_GB2312', '仿宋', FangSong, 'STFangsong', 'Noto Serif CJK SC', serif",
  hei: "'黑体', SimHei, 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  kai: "'楷体_GB2312', '楷体', KaiTi, 'STKaiti', 'AR PL UKai CN', serif",
};

function BoundFigure({ b, children }: { b: Binding; children: ReactNode }) {
  return (
    <Tooltip
      title={
        <div>
          <div>
            {T.binding.indicator}：{b.label}
          </div>
          <div>
            {T.binding.value}：{b.value}
            {b.unit}
          </div>
          <div>
            {T.binding.records}：{T.binding.recordsN(b.records.ids.length)}
          </div>
        </div>
      }
    >
      <span
        data-testid="bound-figure"
        style={{
          borderBottom: '2px solid #1f4e9c',
          background: '#eef3fb',
          borderRadius: 3,
          padding: '0 1px',
        }}
      >
        {children}
      </span>
    </Tooltip>
  );
}

/** The paragraph's text with its bound figures and finding marks (marks only when not edited). */
function RichText({ text, bindings, marks }: { text: string; bindings: Binding[]; marks: Mark[] }) {
  return (
    <>
      {paragraphRuns(text, bindings, marks).map((run) => {
        const inner = run.segments.map((seg) =>
          seg.severity ? (
            <mark
              key={seg.start}
              data-severity={seg.severity}
              style={{
                background: SEVERITY_COLOR[seg.severity].bg,
                color: 'inherit',
                padding: 0,
                textDecoration: `underline wavy ${SEVERITY_COLOR[seg.severity].fg}`,
              }}
            >
              {seg.text}
            </mark>
          ) : (
            <span key={seg.start}>{seg.text}</span>
          ),
        );
        return run.binding === null ? (
          <span key={run.start}>{inner}</span>
        ) : (
          <BoundFigure key={run.start} b={bindings[run.binding]}>
            {inner}
          </BoundFigure>
        );
      })}
    </>
  );
}

export type ParagraphStyle = 'title' | 'recipient' | 'body' | 'heading1' | 'heading2' | 'gap' | 'signoff';

const STYLES: Record<ParagraphStyle, CSSProperties> = {
  title: {
    fontFamily: FONTS.title,
    fontSize: 24,
    textAlign: 'center',
    lineHeight: 1.6,
    margin: '8px 0 20px',
  },
  recipient: { fontFamily: FONTS.body },
  body: { fontFamily: FONTS.body, textIndent: '2em' },
  gap: { fontFamily: FONTS.body, textIndent: '2em' },
  heading1: { fontFamily: FONTS.hei, textIndent: '2em' },
  heading2: { fontFamily: FONTS.kai, textIndent: '2em' },
  signoff: { fontFamily: FONTS.body, textAlign: 'right', paddingRight: '4em' },
};

export interface ParagraphProps {
  /** Scroll target of the findings list. */
  anchor: string;
  style: ParagraphStyle;
  text: string;
  bindings?: Binding[];
  /** The findings standing in this paragraph, with their index in the view's list. */
  findings: { f: PlacedFinding; i: number }[];
  selected: number | null;
  ruleLabel(rule: string): string;
  /** Edited since the last save: the marks no longer match, the messages are of the saved text. */
  edited?: boolean;
  editable?: boolean;
  editing?: boolean;
  onStartEdit?(): void;
  onChange?(text: string): void;
  onEndEdit?(): void;
  onAddBelow?(): void;
  onRemove?(): void;
  extra?: ReactNode;
}

export function Paragraph(props: ParagraphProps) {
  const { style, text, findings, selected, editing, editable, edited } = props;
  const severity = worst(findings.map((x) => x.f.severity));
  const gap = style === 'gap';
  const marks: Mark[] = edited
    ? []
    : findings.map(({ f, i }) => ({
        start: f.where.start,
        end: f.where.end,
        index: i,
        severity: f.severity,
      }));
  const active = selected !== null && findings.some((x) => x.i === selected);
  const textStyle: CSSProperties = {
    fontSize: 16,
    lineHeight: 1.9,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    ...STYLES[style],
  };
  const content = (
    <>
      {text ? (
        <RichText text={text} bindings={props.bindings ?? []} marks={marks} />
      ) : (
        <Typography.Text type="secondary">{T.emptyParagraph}</Typography.Text>
      )}
      {props.extra}
    </>
  );
  return (
    <div
      data-para={props.anchor}
      data-testid="report-paragraph"
      data-severity={severity ?? undefined}
      style={{
        position: 'relative',
        borderLeft: `4px solid ${severity ? SEVERITY_COLOR[severity].fg : 'transparent'}`,
        background: active ? SEVERITY_COLOR[severity ?? 'info'].bg : gap ? '#fffbe6' : undefined,
        outline: gap ? '1px dashed #faad14' : undefined,
        padding: '2px 96px 2px 12px',
        margin: '2px 0',
        borderRadius: 2,
      }}
    >
      {editing ? (
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2 }}
          value={text}
          data-testid="paragraph-input"
          onChange={(e) => props.onChange?.(e.target.value)}
          onBlur={() => props.onEndEdit?.()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') props.onEndEdit?.();
          }}
          style={{ fontFamily: FONTS.body, fontSize: 16, lineHeight: 1.9 }}
        />
      ) : editable ? (
        <button
          type="button"
          onClick={props.onStartEdit}
          style={{
            all: 'unset',
            display: 'block',
            boxSizing: 'border-box',
            width: '100%',
            cursor: 'text',
            ...textStyle,
          }}
        >
          {content}
        </button>
      ) : (
        <div style={textStyle}>{content}</div>
      )}
      {gap && !editing && (
        <div style={{ fontSize: 12, color: '#ad6800', marginTop: 2 }} data-testid="gap-hint">
          {T.gapHint}
        </div>
      )}
      {findings.length > 0 && (
        <div style={{ marginTop: 4 }} data-testid="paragraph-findings">
          {edited && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {T.edited}
            </Typography.Text>
          )}
          {findings.map(({ f, i }) => (
            <div
              key={i}
              data-finding-in-place={i}
              style={{
                fontSize: 13,
                lineHeight: 1.7,
                color: SEVERITY_COLOR[f.severity].fg,
                opacity: edited ? 0.6 : 1,
              }}
            >
              <Tag color={SEVERITY_COLOR[f.severity].tag} bordered={false} style={{ marginInlineEnd: 6 }}>
                {S[f.severity]}
              </Tag>
              {f.message}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                {props.ruleLabel(f.rule)}
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      {editable && (
        <Space size={0} style={{ position: 'absolute', top: 2, right: 4 }}>
          <Tooltip title={T.edit}>
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={T.edit}
              onClick={props.onStartEdit}
            />
          </Tooltip>
          {props.onAddBelow && (
            <Tooltip title={T.addBelow}>
              <Button
                type="text"
                size="small"
                icon={<PlusOutlined />}
                aria-label={T.addBelow}
                onClick={props.onAddBelow}
              />
            </Tooltip>
          )}
          {props.onRemove && (
            <Popconfirm
              title={T.removeConfirm}
              onConfirm={props.onRemove}
              okText={L.common.ok}
              cancelText={L.common.cancel}
            >
              <Tooltip title={T.remove}>
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={T.remove} />
              </Tooltip>
            </Popconfirm>
          )}
        </Space>
      )}
    </div>
  );
}
