// The findings of one report, grouped by severity with their counts. Clicking one shows it in the
// text; its rule tag opens the rule's doc page.
import { ReadOutlined } from '@ant-design/icons';
import { Badge, Button, Collapse, Empty, Space, Tag, Typography } from 'antd';
import type { Finding } from '../../../shared/api/checks.ts';
import { L } from '../../labels.ts';
import { SEVERITIES, SEVERITY_COLOR } from './severity.ts';

const T = L.checker;

interface Props {
  findings: Finding[];
  selected: number | null;
  onSelect(index: number): void;
  onOpenRule(rule: string): void;
  ruleLabel(rule: string): string;
}

export function FindingsList({ findings, selected, onSelect, onOpenRule, ruleLabel }: Props) {
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.findings.none} />;
  const indexed = findings.map((f, i) => ({ f, i }));
  const groups = SEVERITIES.map((s) => ({
    severity: s,
    items: indexed.filter((x) => x.f.severity === s),
  })).filter((g) => g.items.length > 0);
  return (
    <div data-testid="checker-findings" style={{ maxHeight: 640, overflowY: 'auto' }}>
      <Collapse
        size="small"
        bordered={false}
        defaultActiveKey={groups
          .filter((g) => g.severity !== 'info' || groups.length === 1)
          .map((g) => g.severity)}
        items={groups.map((g) => ({
          key: g.severity,
          label: (
            <Space>
              <Badge color={SEVERITY_COLOR[g.severity].fg} />
              <Typography.Text strong>{T.severity[g.severity]}</Typography.Text>
              <Tag color={SEVERITY_COLOR[g.severity].tag} bordered={false}>
                {T.findings.count(g.items.length)}
              </Tag>
            </Space>
          ),
          children: (
            <div>
              {g.items.map(({ f, i }) => (
                <div
                  key={i}
                  data-finding={i}
                  className="fazhi-finding"
                  style={{
                    padding: '8px 10px',
                    marginBottom: 6,
                    borderRadius: 6,
                    borderLeft: `3px solid ${SEVERITY_COLOR[f.severity].fg}`,
                    background: selected === i ? SEVERITY_COLOR[f.severity].bg : '#fafafa',
                  }}
                >
                  <button
                    type="button"
                    onClick={() => onSelect(i)}
                    style={{
                      all: 'unset',
                      display: 'block',
                      width: '100%',
                      cursor: 'pointer',
                      boxSizing: 'border-box',
                    }}
                  >
                    <div style={{ marginBottom: 4, lineHeight: 1.7 }}>{f.message}</div>
                    <Space size={4} wrap>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {T.text.lineColumn(f.line, f.column)}
                      </Typography.Text>
                      {f.excerpt && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {T.findings.excerpt}：“{f.excerpt}”
                        </Typography.Text>
                      )}
                    </Space>
                  </button>
                  <div style={{ marginTop: 4 }}>
                    <Button
                      size="small"
                      type="link"
                      icon={<ReadOutlined />}
                      style={{ paddingInline: 0 }}
                      onClick={(e) => {
                        e.stopPropagation();
                        onOpenRule(f.rule);
                      }}
                    >
                      {ruleLabel(f.rule)}
                    </Button>
                  </div>
                </div>
              ))}
            </div>
          ),
        }))}
      />
    </div>
  );
}
