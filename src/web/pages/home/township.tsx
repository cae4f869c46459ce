// The township's first screen: the red and yellow cards with the most urgent items, last year's
// annual report with its two due dates, and this year's key figures from the ledgers (the figures
// card also serves the county, for the selected organisation's subtree).
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Space,
  Statistic,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import type { DateStatus, ReportList } from '../../../shared/api/annual-reports.ts';
import type { BoardCard } from '../../../shared/api/board.ts';
import type { IndicatorValue, IndicatorValues } from '../../../shared/api/indicators.ts';
import { api } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useThisYear } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { formatValue } from '../checks/format-value.ts';
import { cardLink } from '../deadlines/cards.ts';
import { colourTag, dueText } from '../ledgers/deadline-text.ts';
import { LoadFailed, useBoard, useReportYear } from './common.tsx';

const T = L.home;
const URGENT = 5;
/** The figures a township leader looks at first, in this order; the others fill up to six. */
const KEY_INDICATORS = [
  'enforcement.cases',
  'enforcement.inspections',
  'disputes.total',
  'disputes.success_rate',
  'petitions.total',
  'publicity.events',
];
const SHOWN_INDICATORS = 6;

const STATE_COLOR: Record<string, string> = {
  drafting: 'default',
  reviewing: 'processing',
  signed: 'cyan',
  submitted: 'blue',
  published: 'green',
  archived: 'purple',
};

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 } as const;

export function DeadlinesCard() {
  const { withOrg } = useSelectedOrg();
  const { query, cards } = useBoard();
  // red: overdue clocks only (a 风险预警 card is red by itself, not overdue), as the board counts them
  const red = cards.filter((c) => c.colour === 'red' && c.kind === 'deadline').length;
  const yellow = cards.filter((c) => c.colour === 'yellow').length;
  // The server sends red first, then yellow, each by due date.
  const urgent = cards.filter((c) => c.colour === 'red' || c.colour === 'yellow').slice(0, URGENT);
  return (
    <Card
      title={T.deadlines.title}
      extra={<Link to={withOrg('/deadlines')}>{T.deadlines.all}</Link>}
      loading={query.isPending}
      data-testid="home-deadlines"
      style={{ height: '100%' }}
    >
      {query.isError ? (
        <LoadFailed onRetry={() => query.refetch()} />
      ) : (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Statistic
                title={T.deadlines.red}
                value={red}
                valueStyle={{ color: '#cf1322' }}
                data-testid="home-red"
              />
            </Col>
            <Col span={12}>
              <Statistic
                title={T.deadlines.yellow}
                value={yellow}
                valueStyle={{ color: '#d48806' }}
                data-testid="home-yellow"
              />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ display: 'block', margin: '16px 0 4px' }}>
            {T.deadlines.urgent}
          </Typography.Text>
          {urgent.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.deadlines.none} />
          ) : (
            urgent.map((c) => <UrgentItem key={`${c.kind}-${cardKey(c)}`} c={c} />)
          )}
        </>
      )}
    </Card>
  );
}

function cardKey(c: BoardCard): string {
  return c.kind === 'deadline' ? String(c.id) : `${c.ledger}-${c.type}-${c.recordId}-${c.label}`;
}

function UrgentItem({ c }: { c: BoardCard }) {
  const { withOrg } = useSelectedOrg();
  const when =
    c.kind === 'deadline' ? (c.due ? T.deadlines.due(dueText(c)) : null) : T.deadlines.since(c.since);
  const detail = [c.orgName, c.ledgerLabel, c.label, when].filter(Boolean).join(' · ');
  return (
    <div style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }} data-testid="home-urgent">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Tag color={colourTag[c.colour]} style={{ flex: 'none', marginInlineEnd: 0 }}>
          {c.kind === 'deadline' ? c.status : T.deadlines.alert}
        </Tag>
        <Link to={withOrg(cardLink(c, '/reports'))} style={ellipsis} title={c.title}>
          {c.title}
        </Link>
      </div>
      <Typography.Text
        type="secondary"
        style={{ ...ellipsis, display: 'block', fontSize: 12 }}
        title={detail}
      >
        {detail}
      </Typography.Text>
    </div>
  );
}

export function ReportCard() {
  const { orgId, withOrg } = useSelectedOrg();
  const navigate = useNavigate();
  const year = useReportYear();
  // The same query as the report page, which also picks the selected organisation's report.
  const list = useQuery({
    queryKey: ['annual-reports', year],
    queryFn: () => api.get<ReportList>('/api/annual-reports', { year }),
  });
  const item = list.data?.items.find((i) => i.orgId === orgId) ?? list.data?.items[0];
  return (
    <Card
      title={T.report.title(year)}
      extra={item && <Typography.Text type="secondary">{item.orgName}</Typography.Text>}
      loading={list.isPending}
      data-testid="home-report"
      style={{ height: '100%' }}
    >
      {list.isError ? (
        <LoadFailed onRetry={() => list.refetch()} />
      ) : !item ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.report.noOrg} />
      ) : (
        <>
          <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 96 } }}>
            <Descriptions.Item label={T.report.state}>
              <Tag color={item.state ? STATE_COLOR[item.state] : 'default'} data-testid="home-report-state">
                {item.state ? item.stateLabel : T.report.notDrafted}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={T.report.submit}>
              <DueDate
                by={item.submitBy}
                on={item.submittedOn}
                status={item.submission}
                label={item.submissionLabel}
                basis={item.basis.submit}
                testId="home-report-submit"
              />
            </Descriptions.Item>
            <Descriptions.Item label={T.report.publish}>
              <DueDate
                by={item.publishBy}
                on={item.publishedOn}
                status={item.publication}
                label={item.publicationLabel}
                basis={item.basis.publish}
                testId="home-report-publish"
              />
            </Descriptions.Item>
          </Descriptions>
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            onClick={() => navigate(withOrg('/reports'))}
            data-testid="home-report-open"
          >
            {item.state ? T.report.open : T.report.draft}
          </Button>
        </>
      )}
    </Card>
  );
}

function DueDate(props: {
  by: string;
  on: string | null;
  status: DateStatus;
  label: string;
  basis: string;
  testId: string;
}) {
  return (
    <Space size={6} wrap data-testid={props.testId}>
      <Tooltip title={props.basis}>
        <span>{T.report.by(props.by)}</span>
      </Tooltip>
      <Tag color={L.reports.dateStatus[props.status]} bordered={false}>
        {props.label}
      </Tag>
      {props.on && <Typography.Text type="secondary">{T.report.doneOn(props.on)}</Typography.Text>}
    </Space>
  );
}

/** Up to six figures: the key ones the caller may read, then the others in catalogue order. */
function keyFigures(items: IndicatorValue[]): IndicatorValue[] {
  const rank = (id: string) => {
    const i = KEY_INDICATORS.indexOf(id);
    return i < 0 ? KEY_INDICATORS.length : i;
  };
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => rank(a.item.id) - rank(b.item.id) || a.order - b.order)
    .slice(0, SHOWN_INDICATORS)
    .map((x) => x.item);
}

export function IndicatorsCard() {
  const { orgId, org, withOrg } = useSelectedOrg();
  const year = useThisYear();
  // The same query as the indicators page.
  const values = useQuery({
    queryKey: ['indicators', orgId, year],
    queryFn: () => api.get<IndicatorValues>('/api/indicators', { org: orgId, year }),
  });
  const base = withOrg('/indicators');
  const to = `${base}${base.includes('?') ? '&' : '?'}year=${year}`;
  const shown = keyFigures(values.data?.items ?? []);
  return (
    <Card
      title={T.indicators.title(year)}
      extra={
        <Space size={16}>
          {org && <Typography.Text type="secondary">{org.name}</Typography.Text>}
          <Link to={to}>{T.indicators.all}</Link>
        </Space>
      }
      loading={values.isPending}
      data-testid="home-indicators"
    >
      {values.isError ? (
        <LoadFailed onRetry={() => values.refetch()} />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.indicators.empty} />
      ) : (
        <Row gutter={[16, 16]}>
          {shown.map((i) => (
            <Col key={i.id} flex="1 1 150px" style={{ minWidth: 0 }}>
              <Link to={to} data-testid="home-indicator" data-indicator={i.id}>
                <Statistic
                  title={<span style={{ ...ellipsis, display: 'block' }}>{i.label}</span>}
                  value={i.value}
                  formatter={() => formatValue(i.value)}
                  suffix={<span style={{ fontSize: 14 }}>{i.unit}</span>}
                />
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
