// The report paragraph by paragraph as it will read — title, 主送, opening, the sections with their
// 一、二、… headings, sign-off — each with its findings in place; and the findings summary, whose
// items scroll to their paragraph.

import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import type { PlacedFinding, ReportView } from '../../../shared/api/annual-reports.ts';
import { formatChineseNumeral } from '../../../shared/numerals.ts';
import { L } from '../../labels.ts';
import { SEVERITIES, SEVERITY_COLOR } from '../checks/severity.ts';
import { addParagraph, type EditModel, type FixedPart, removeParagraph, setText } from './model.ts';
import { Paragraph, type ParagraphStyle } from './Paragraph.tsx';

const T = L.reports;

/** The scroll anchor of a finding's place. */
export function anchorOf(model: EditModel, f: PlacedFinding, index: number): string {
  const { section } = f.where;
  if (section === 'title' || section === 'recipient' || section === 'opening' || section === 'signoff')
    return `part-${section}`;
  const s = model.sections.find((x) => x.key === section);
  const p = s?.paragraphs.find((x) => x.findings.includes(index));
  return p ? p.key : `heading-${section}`;
}

export function scrollToAnchor(anchor: string): void {
  document.querySelector(`[data-para="${anchor}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

interface DocProps {
  view: ReportView;
  model: EditModel;
  onChange(m: EditModel): void;
  selected: number | null;
  ruleLabel(rule: string): string;
}

export function ReportDocument({ view, model, onChange, selected, ruleLabel }: DocProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const { draft, findings, editable } = view;
  const of = (indexes: number[]) => indexes.map((i) => ({ f: findings[i], i }));
  const fixed = (part: FixedPart, text: string, style: ParagraphStyle, extra?: ReactNode) => (
    <Paragraph
      anchor={`part-${part}`}
      style={style}
      text={text}
      findings={part === 'signoff' ? [] : of(model.parts[part])}
      selected={selected}
      ruleLabel={ruleLabel}
      extra={extra}
    />
  );

  return (
    <div
      data-testid="report-document"
      style={{
        maxWidth: 860,
        margin: '0 auto',
        padding: '32px 40px 40px',
        background: '#fff',
        boxShadow: '0 1px 6px rgba(0,0,0,0.08)',
      }}
    >
      {fixed('title', draft.title, 'title')}
      {draft.recipient && fixed('recipient', draft.recipient, 'recipient')}
      {fixed('opening', draft.opening, 'body')}
      {model.sections.map((s, si) => (
        <div key={s.key} data-section={s.key}>
          <Paragraph
            anchor={`heading-${s.key}`}
            style="heading1"
            text={`${formatChineseNumeral(si + 1)}、${s.heading}`}
            findings={of(s.headingFindings)}
            selected={selected}
            ruleLabel={ruleLabel}
          />
          {s.paragraphs.map((p) => (
            <Paragraph
              key={p.key}
              anchor={p.key}
              style={p.kind}
              text={p.text}
              bindings={p.bindings}
              findings={of(p.findings)}
              selected={selected}
              ruleLabel={ruleLabel}
              edited={p.edited}
              editable={editable}
              editing={editing === p.key}
              onStartEdit={() => setEditing(p.key)}
              onEndEdit={() => setEditing(null)}
              onChange={(text) => onChange(setText(model, s.key, p.key, text))}
              onAddBelow={() => {
                const added = addParagraph(model, s.key, p.key);
                onChange(added.model);
                setEditing(added.key);
              }}
              onRemove={() => onChange(removeParagraph(model, s.key, p.key))}
            />
          ))}
          {editable && (
            <div style={{ paddingLeft: 16 }}>
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => {
                  const added = addParagraph(model, s.key, null);
                  onChange(added.model);
                  setEditing(added.key);
                }}
              >
                {T.doc.addToSection}
              </Button>
            </div>
          )}
        </div>
      ))}
      <div style={{ height: 24 }} />
      {fixed('signoff', draft.signoff.org, 'signoff')}
      <Paragraph
        anchor="part-signoff"
        style="signoff"
        text={draft.signoff.date}
        findings={of(model.parts.signoff)}
        selected={selected}
        ruleLabel={ruleLabel}
        extra={
          view.version.signed ? (
            <Tag color="red" style={{ marginInlineStart: 12, textIndent: 0 }} data-testid="signed-stamp">
              {T.doc.signed}
            </Tag>
          ) : null
        }
      />
    </div>
  );
}

/** Where a finding stands, in words: "一、主要举措和成效 · 第2段". */
function placeOf(view: ReportView, f: PlacedFinding): string {
  const { section, paragraph } = f.where;
  const part = T.findings.parts[section];
  if (part) return part;
  const i = view.draft.sections.findIndex((s) => s.key === section);
  if (i < 0) return '';
  const heading = `${formatChineseNumeral(i + 1)}、${view.draft.sections[i].heading}`;
  return paragraph < 0 ? heading : `${heading} · ${T.findings.paragraphN(paragraph + 1)}`;
}

export function FindingsSummary({
  view,
  selected,
  onSelect,
  ruleLabel,
}: {
  view: ReportView;
  selected: number | null;
  onSelect(i: number): void;
  ruleLabel(rule: string): string;
}) {
  if (view.findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.findings.none} />;
  const indexed = view.findings.map((f, i) => ({ f, i }));
  return (
    <div data-testid="report-findings" style={{ maxHeight: 480, overflowY: 'auto' }}>
      {SEVERITIES.map((sev) => {
        const items = indexed.filter((x) => x.f.severity === sev);
        if (items.length === 0) return null;
        return (
          <div key={sev} style={{ marginBottom: 8 }}>
            <Space style={{ marginBottom: 4 }}>
              <Badge color={SEVERITY_COLOR[sev].fg} />
              <Typography.Text strong>{L.checker.severity[sev]}</Typography.Text>
              <Tag color={SEVERITY_COLOR[sev].tag} bordered={false}>
                {L.checker.findings.count(items.length)}
              </Tag>
            </Space>
            {items.map(({ f, i }) => (
              <button
                key={i}
                type="button"
                data-finding={i}
                onClick={() => onSelect(i)}
                style={{
                  all: 'unset',
                  display: 'block',
                  boxSizing: 'border-box',
                  width: '100%',
                  cursor: 'pointer',
                  padding: '6px 10px',
                  marginBottom: 6,
                  borderRadius: 6,
                  borderLeft: `3px solid ${SEVERITY_COLOR[f.severity].fg}`,
                  background: selected === i ? SEVERITY_COLOR[f.severity].bg : '#fafafa',
                }}
              >
                <div style={{ lineHeight: 1.7 }}>{f.message}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {placeOf(view, f)} · {ruleLabel(f.rule)}
                </Typography.Text>
              </button>
            ))}
          </div>
        );
      })}
    </div>
  );
}
