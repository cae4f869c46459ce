// The report's original text with every finding marked where it is: error red, warning orange,
// info blue. Hovering a mark shows its messages; clicking selects the finding in the list.
import { Popover, Typography } from 'antd';
import { type CSSProperties, memo, useEffect, useMemo, useRef } from 'react';
import type { Finding, Severity } from '../../../shared/api/checks.ts';
import { L } from '../../labels.ts';
import { findingSpan, lineSegments, type Segment, type Span, splitLines } from './highlight.ts';
import { SEVERITY_COLOR } from './severity.ts';

const T = L.checker;

export interface TextFocus {
  line: number;
  /** Changes on every request, so the same line can be scrolled to twice. */
  nonce: number;
}

interface Props {
  text: string;
  findings: Finding[];
  /** Index of the selected finding. */
  selected: number | null;
  focus: TextFocus | null;
  onSelect(index: number): void;
  ruleLabel(rule: string): string;
}

const markStyle = (severity: Severity, active: boolean): CSSProperties => ({
  background: SEVERITY_COLOR[severity].bg,
  color: 'inherit',
  borderBottom: `2px solid ${SEVERITY_COLOR[severity].fg}`,
  padding: 0,
  cursor: 'pointer',
  outline: active ? `2px solid ${SEVERITY_COLOR[severity].fg}` : undefined,
  outlineOffset: 1,
  borderRadius: 2,
});

function MarkPopover({
  seg,
  findings,
  ruleLabel,
}: {
  seg: Segment;
  findings: Finding[];
  ruleLabel(r: string): string;
}) {
  return (
    <div style={{ maxWidth: 420 }}>
      {seg.findings.map((i) => {
        const f = findings[i];
        return (
          <div key={i} style={{ marginBottom: 6 }}>
            <Typography.Text strong style={{ color: SEVERITY_COLOR[f.severity].fg }}>
              【{T.severity[f.severity]}】{ruleLabel(f.rule)}
            </Typography.Text>
            <div>{f.message}</div>
          </div>
        );
      })}
    </div>
  );
}

const Line = memo(function Line({
  no,
  segments,
  findings,
  selected,
  onSelect,
  ruleLabel,
}: {
  no: number;
  segments: Segment[];
  findings: Finding[];
  selected: number | null;
  onSelect(i: number): void;
  ruleLabel(r: string): string;
}) {
  // Blank lines keep their place (line numbers stay true) but take little room.
  if (segments.length === 1 && !segments[0].severity && !segments[0].text.trim()) {
    return <div data-line={no} style={{ height: 8 }} />;
  }
  return (
    <div data-line={no} className="fazhi-text-line" style={{ display: 'flex', minHeight: 26 }}>
      <span
        style={{
          flex: '0 0 44px',
          textAlign: 'right',
          paddingRight: 10,
          color: '#a0a0a0',
          userSelect: 'none',
          fontSize: 12,
          lineHeight: '26px',
          borderRight: '1px solid #f0f0f0',
        }}
      >
        {no}
      </span>
      <span style={{ flex: 1, paddingLeft: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {segments.map((seg) => {
          if (!seg.severity) return <span key={seg.start}>{seg.text}</span>;
          const active = selected !== null && seg.findings.includes(selected);
          return (
            <Popover
              key={`${seg.start}-${seg.endMark ? 'end' : 'mid'}`}
              content={<MarkPopover seg={seg} findings={findings} ruleLabel={ruleLabel} />}
              mouseEnterDelay={0.15}
            >
              <mark
                data-severity={seg.severity}
                style={markStyle(seg.severity, active)}
                onClick={() => onSelect(seg.findings[0])}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onSelect(seg.findings[0]);
                }}
              >
                {seg.endMark ? '↵' : seg.text}
              </mark>
            </Popover>
          );
        })}
      </span>
    </div>
  );
});

export function ReportText({ text, findings, selected, focus, onSelect, ruleLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => splitLines(text), [text]);
  const byLine = useMemo(() => {
    const map = new Map<number, { span: Span; index: number; severity: Severity }[]>();
    findings.forEach((f, index) => {
      const span = findingSpan(lines, f);
      const list = map.get(span.line) ?? [];
      list.push({ span, index, severity: f.severity });
      map.set(span.line, list);
    });
    return map;
  }, [findings, lines]);

  const segments = useMemo(
    () => lines.map((line, i) => lineSegments(line, byLine.get(i + 1) ?? [])),
    [lines, byLine],
  );

  useEffect(() => {
    if (!focus || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${focus.line}"]`);
    if (!el) return;
    box.current.scrollTo({ top: el.offsetTop - box.current.clientHeight / 3, behavior: 'smooth' });
    box.current.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    el.animate([{ background: '#fffbe6' }, { background: 'transparent' }], { duration: 1600 });
  }, [focus]);

  if (!text) return <Typography.Text type="secondary">{T.text.noText}</Typography.Text>;
  return (
    <div
      ref={box}
      data-testid="checker-text"
      style={{
        position: 'relative',
        maxHeight: 640,
        overflowY: 'auto',
        fontSize: 14,
        lineHeight: '26px',
        color: '#262626',
        background: '#fff',
      }}
    >
      {lines.map((_, i) => {
        const no = i + 1;
        const spans = byLine.get(no) ?? [];
        return (
          <Line
            key={no}
            no={no}
            segments={segments[i]}
            findings={findings}
            selected={spans.some((s) => s.index === selected) ? selected : null}
            onSelect={onSelect}
            ruleLabel={ruleLabel}
          />
        );
      })}
    </div>
  );
}
