// One checked report: its header (title, organisation, year, counts), the original text with the
// findings marked in place next to the findings list, then the section outline and the figures.
import { ProCard } from '@ant-design/pro-components';
import { Alert, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { CheckResult } from '../../../shared/api/checks.ts';
import { L } from '../../labels.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { FindingsList } from './FindingsList.tsx';
import { ReportText, type TextFocus } from './ReportText.tsx';
import { RuleDocDrawer } from './RuleDocDrawer.tsx';
import { ruleName, useRules } from './rules.ts';
import { SectionOutline } from './SectionOutline.tsx';
import { countBySeverity, SEVERITIES, SEVERITY_COLOR } from './severity.ts';

const T = L.checker;

export function ReportView({ result }: { result: CheckResult }) {
  const rules = useRules();
  const [selected, setSelected] = useState<number | null>(null);
  const [focus, setFocus] = useState<TextFocus | null>(null);
  const [doc, setDoc] = useState<string | null>(null);

  const ruleLabel = useCallback(
    (rule: string) =>
      ruleName(
        rules.data?.find((r) => r.id === rule),
        T.categories[rule.split('/')[0]] ?? T.doc.title,
      ),
    [rules.data],
  );
  const locate = useCallback((line: number) => setFocus({ line, nonce: Date.now() }), []);
  const select = useCallback(
    (i: number) => {
      setSelected(i);
      locate(result.findings[i].line);
    },
    [locate, result.findings],
  );
  const selectFromText = useCallback((i: number) => {
    setSelected(i);
    document.querySelector(`[data-finding="${i}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);

  if (result.error) {
    return (
      <ProCard bordered>
        <Alert type="error" showIcon message={T.report.unusable} description={result.error} />
      </ProCard>
    );
  }

  const counts = countBySeverity(result.findings);
  const present = new Set(result.sections.map((s) => s.key)).size;
  const unknown = <Typography.Text type="secondary">{T.report.unknown}</Typography.Text>;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ProCard bordered>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
          {result.title ?? T.report.untitled}
        </Typography.Title>
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} xl={13}>
            <Descriptions size="small" column={1} colon>
              <Descriptions.Item label={T.report.org}>{result.org ?? unknown}</Descriptions.Item>
              <Descriptions.Item label={T.report.year}>
                {result.year ? T.report.yearValue(result.year) : unknown}
              </Descriptions.Item>
              <Descriptions.Item label={T.report.file}>{result.file}</Descriptions.Item>
              {result.meta &&
                Object.entries(result.meta).map(([k, v]) => (
                  <Descriptions.Item key={k} label={k}>
                    {v}
                  </Descriptions.Item>
                ))}
            </Descriptions>
          </Col>
          <Col xs={24} xl={11}>
            <Row gutter={12}>
              {SEVERITIES.map((s) => (
                <Col span={5} key={s}>
                  <Statistic
                    title={T.severity[s]}
                    value={counts[s]}
                    valueStyle={{ color: counts[s] ? SEVERITY_COLOR[s].fg : '#8c8c8c' }}
                  />
                </Col>
              ))}
              <Col span={5}>
                <Statistic
                  title={T.report.sectionsPresent}
                  value={present}
                  suffix={`/ ${T.sectionKeys.length}`}
                  valueStyle={{ color: present === T.sectionKeys.length ? '#389e0d' : '#cf1322' }}
                />
              </Col>
              <Col span={4}>
                <Statistic title={T.report.figures} value={result.metrics.length} />
              </Col>
            </Row>
          </Col>
        </Row>
      </ProCard>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <ProCard
            bordered
            title={T.text.title}
            subTitle={T.text.hint}
            extra={
              <Space size={4}>
                {SEVERITIES.map((s) => (
                  <Tag key={s} bordered={false} color={SEVERITY_COLOR[s].tag}>
                    {T.severity[s]}
                  </Tag>
                ))}
              </Space>
            }
            bodyStyle={{ padding: '8px 0' }}
          >
            <ReportText
              text={result.text ?? ''}
              findings={result.findings}
              selected={selected}
              focus={focus}
              onSelect={selectFromText}
              ruleLabel={ruleLabel}
            />
          </ProCard>
        </Col>
        <Col xs={24} xl={9}>
          <ProCard
            bordered
            title={T.findings.title}
            subTitle={T.findings.total(counts.error, counts.warning, counts.info)}
            bodyStyle={{ padding: 8 }}
          >
            <FindingsList
              findings={result.findings}
              selected={selected}
              onSelect={select}
              onOpenRule={setDoc}
              ruleLabel={ruleLabel}
            />
          </ProCard>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <ProCard bordered title={T.outline.title} tooltip={T.outline.hint}>
            <SectionOutline sections={result.sections} onLocate={locate} />
          </ProCard>
        </Col>
        <Col xs={24} xl={15}>
          <ProCard
            bordered
            title={T.figures.title}
            subTitle={T.figures.hint}
            bodyStyle={{ padding: '0 0 8px' }}
          >
            <FiguresTable metrics={result.metrics} onLocate={locate} />
          </ProCard>
        </Col>
      </Row>

      <RuleDocDrawer ruleId={doc} onClose={() => setDoc(null)} />
    </Space>
  );
}
