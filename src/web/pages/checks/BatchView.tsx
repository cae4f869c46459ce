// A batch of reports: one row per report with its findings and the figures it states (a column
// per indicator, sortable), then the passages two reports share, side by side.
import { ProCard } from '@ant-design/pro-components';
import { Button, Col, Collapse, Empty, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { CheckResult, CopyPair, Metric } from '../../../shared/api/checks.ts';
import { L } from '../../labels.ts';
import { type DiffRun, diffChars } from './diff.ts';
import { formatMetric, indicatorLabel, indicatorOrder, shortIndicatorLabel } from './figures.ts';
import { countBySeverity, SEVERITIES, SEVERITY_COLOR } from './severity.ts';

const T = L.checker;

interface BatchRow {
  index: number;
  result: CheckResult;
  figures: Map<string, Metric[]>;
}

const reportName = (r: CheckResult) => r.org ?? r.title ?? r.file;

function weight(r: CheckResult): number {
  const c = countBySeverity(r.findings);
  return c.error * 1e6 + c.warning * 1e3 + c.info;
}

export function BatchView({
  results,
  pairs,
  onOpen,
}: {
  results: CheckResult[];
  pairs: CopyPair[];
  onOpen(index: number): void;
}) {
  const rows: BatchRow[] = results.map((result, index) => {
    const figures = new Map<string, Metric[]>();
    for (const m of result.metrics) figures.set(m.id, [...(figures.get(m.id) ?? []), m]);
    return { index, result, figures };
  });
  const indicatorIds = [...new Set(results.flatMap((r) => r.metrics.map((m) => m.id)))].sort(
    (a, b) => indicatorOrder(a) - indicatorOrder(b),
  );
  const unusable = results.filter((r) => r.error).length;

  const columns: ColumnsType<BatchRow> = [
    { title: T.batch.index, key: 'index', width: 56, fixed: 'left', render: (_, r) => r.index + 1 },
    {
      title: T.batch.report,
      key: 'report',
      width: 280,
      fixed: 'left',
      sorter: (a, b) => reportName(a.result).localeCompare(reportName(b.result), 'zh-CN'),
      render: (_, { result: r, index }) => (
        <div>
          <Typography.Link strong onClick={() => onOpen(index)}>
            {r.title ?? r.file}
          </Typography.Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[r.org, r.year ? T.report.yearValue(r.year) : null].filter(Boolean).join(' · ') || r.file}
            </Typography.Text>
          </div>
          {r.error && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {r.error}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: T.batch.findings,
      key: 'findings',
      width: 150,
      sorter: (a, b) => weight(a.result) - weight(b.result),
      defaultSortOrder: undefined,
      render: (_, { result: r }) => {
        if (r.error) return <Tag color="default">{T.report.unusable}</Tag>;
        const c = countBySeverity(r.findings);
        return (
          <Space size={2} wrap>
            {SEVERITIES.map((s) => (
              <Tooltip key={s} title={T.severity[s]}>
                <Tag
                  bordered={false}
                  color={c[s] ? SEVERITY_COLOR[s].tag : 'default'}
                  style={{ marginInlineEnd: 2 }}
                >
                  {T.severity[s]} {c[s]}
                </Tag>
              </Tooltip>
            ))}
          </Space>
        );
      },
    },
    {
      title: T.batch.sections,
      key: 'sections',
      width: 96,
      align: 'center',
      sorter: (a, b) =>
        new Set(a.result.sections.map((s) => s.key)).size - new Set(b.result.sections.map((s) => s.key)).size,
      render: (_, { result: r }) => {
        if (r.error) return '—';
        const have = new Set(r.sections.map((s) => s.key));
        const missing = T.sectionKeys.filter((k) => !have.has(k)).map((k) => T.sectionsShort[k]);
        return (
          <Tooltip title={missing.length ? `${T.outline.missing}：${missing.join('、')}` : undefined}>
            <Tag color={missing.length ? 'error' : 'success'}>
              {T.report.sectionsCount(have.size, T.sectionKeys.length)}
            </Tag>
          </Tooltip>
        );
      },
    },
    ...indicatorIds.map((id): ColumnsType<BatchRow>[number] => ({
      title: <Tooltip title={indicatorLabel(id)}>{shortIndicatorLabel(id)}</Tooltip>,
      key: id,
      // wide enough for the header on one line: 14 px a character, plus padding and the sort icons
      width: Math.max(110, shortIndicatorLabel(id).length * 14 + 68),
      align: 'right',
      sorter: (a, b) => (a.figures.get(id)?.[0]?.value ?? -1) - (b.figures.get(id)?.[0]?.value ?? -1),
      render: (_, r) => {
        const list = r.figures.get(id);
        if (!list) return <Typography.Text type="secondary">—</Typography.Text>;
        const [first] = list;
        return (
          <Tooltip
            title={
              <div>
                <div>{first.quote}</div>
                {list.length > 1 && <div style={{ marginTop: 4 }}>{T.batch.moreValues(list.length - 1)}</div>}
              </div>
            }
          >
            <span>{formatMetric(first)}</span>
            {list.length > 1 && <sup style={{ color: '#8c8c8c' }}>+{list.length - 1}</sup>}
          </Tooltip>
        );
      },
    })),
    {
      title: T.batch.actions,
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => onOpen(r.index)} disabled={Boolean(r.result.error)}>
          {T.batch.view}
        </Button>
      ),
    },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ProCard bordered>
        <Row gutter={24}>
          <Col xs={12} md={6}>
            <Statistic title={T.batch.reports} value={results.length} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={T.batch.readable}
              value={results.length - unusable}
              valueStyle={{ color: '#389e0d' }}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={T.batch.unusable}
              value={unusable}
              valueStyle={{ color: unusable ? '#cf1322' : '#8c8c8c' }}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={T.batch.pairs}
              value={pairs.length}
              valueStyle={{ color: pairs.length ? '#d46b08' : '#8c8c8c' }}
            />
          </Col>
        </Row>
      </ProCard>

      <ProCard bordered title={T.batch.title} subTitle={T.batch.figuresHint} bodyStyle={{ padding: 0 }}>
        <div data-testid="checker-batch">
          <Table<BatchRow>
            rowKey="index"
            size="middle"
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </div>
      </ProCard>

      <ProCard bordered title={T.copy.title} subTitle={T.copy.hint}>
        <div data-testid="checker-pairs">
          {pairs.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.copy.none} />
          ) : (
            <CopyPairs pairs={pairs} results={results} />
          )}
        </div>
      </ProCard>
    </Space>
  );
}

const pct = (x: number) => Math.round(x * 100);

function DiffText({ runs }: { runs: DiffRun[] }) {
  // Runs are a fixed sequence; their offsets make stable keys.
  let at = 0;
  return (
    <>
      {runs.map((r) => {
        const key = at;
        at += r.text.length;
        return r.same ? (
          <span key={key}>{r.text}</span>
        ) : (
          <span
            key={key}
            style={{ background: '#bae0ff', color: '#003eb3', borderRadius: 2, padding: '0 1px' }}
          >
            {r.text}
          </span>
        );
      })}
    </>
  );
}

function CopyPairBody({ pair, results }: { pair: CopyPair; results: CheckResult[] }) {
  const a = results[pair.a];
  const b = results[pair.b];
  const diffs = useMemo(() => pair.passages.map((p) => diffChars(p.a.text, p.b.text)), [pair]);
  const side = (r: CheckResult, label: string) => (
    <Space size={6}>
      <Tag color="blue">{label}</Tag>
      <Typography.Text strong>{r.title ?? r.file}</Typography.Text>
    </Space>
  );
  return (
    <div>
      <Row gutter={16} style={{ marginBottom: 8 }}>
        <Col span={12}>{side(a, T.copy.left)}</Col>
        <Col span={12}>{side(b, T.copy.right)}</Col>
      </Row>
      <div style={{ maxHeight: 560, overflowY: 'auto', paddingRight: 4 }}>
        {pair.passages.map((p, i) => (
          <Row
            gutter={16}
            // biome-ignore lint/suspicious/noArrayIndexKey: passages are an ordered, fixed list
            key={i}
            style={{ borderTop: '1px dashed #f0f0f0', padding: '8px 0' }}
          >
            {(['a', 'b'] as const).map((k) => (
              <Col span={12} key={k}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {T.text.line(p[k].line)}
                </Typography.Text>
                <div
                  style={{
                    background: '#fff7e6',
                    borderLeft: '3px solid #fa8c16',
                    padding: '6px 10px',
                    marginTop: 2,
                    lineHeight: 1.8,
                    fontSize: 13,
                  }}
                >
                  <DiffText runs={diffs[i][k]} />
                </div>
              </Col>
            ))}
          </Row>
        ))}
      </div>
    </div>
  );
}

function CopyPairs({ pairs, results }: { pairs: CopyPair[]; results: CheckResult[] }) {
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {T.copy.diffHint}
      </Typography.Paragraph>
      <Collapse
        defaultActiveKey={pairs.length ? [`${pairs[0].a}-${pairs[0].b}`] : []}
        items={pairs.map((p) => ({
          key: `${p.a}-${p.b}`,
          label: (
            <Typography.Text strong>
              {T.copy.pairTitle(reportName(results[p.a]), reportName(results[p.b]))}
            </Typography.Text>
          ),
          extra: (
            <Space size={4} wrap>
              <Tag color="orange">{T.copy.similarity(pct(p.jaccard))}</Tag>
              <Tag>{T.copy.share(T.copy.left, pct(p.shareA))}</Tag>
              <Tag>{T.copy.share(T.copy.right, pct(p.shareB))}</Tag>
              <Tag>{T.copy.passages(p.passages.length)}</Tag>
            </Space>
          ),
          children: <CopyPairBody pair={p} results={results} />,
        }))}
      />
    </>
  );
}
