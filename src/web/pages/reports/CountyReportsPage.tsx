// 年度报告汇总: the county supervisor's view of a year's annual reports — who submitted and
// published on time, what the checker found in each report, the figures each report states next to
// the ledgers' (CountyIndicatorsCard.tsx), passages copied between reports (CountyCopyPairs.tsx), the
// XLSX export, and the upload of reports from townships that do not use Fazhi (CountyUpload.tsx).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  Drawer,
  Empty,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type {
  CountyCopying,
  CountyFindings,
  CountyItem,
  CountyView,
  DateStatus,
} from '../../../shared/api/county.ts';
import { downloadFile } from '../../components/download.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useThisYear } from '../../shell/current-user.ts';
import { FindingsList } from '../checks/FindingsList.tsx';
import { RuleDocDrawer } from '../checks/RuleDocDrawer.tsx';
import { ruleName, useRules } from '../checks/rules.ts';
import { SEVERITY_COLOR } from '../checks/severity.ts';
import { SuperviseButton } from '../supervision/supervise.tsx';
import { CountyCopyPairs } from './CountyCopyPairs.tsx';
import { CountyIndicatorsCard } from './CountyIndicatorsCard.tsx';
import { CountyUpload } from './CountyUpload.tsx';
import { CountyYoyCard } from './CountyYoyCard.tsx';
import { useYearParam } from './year-param.ts';

const T = L.countyReports;
const BASE = '/api/annual-reports/county';
const FIRST_YEAR = 2019;

const DATE_COLOR: Record<DateStatus, string> = {
  on_time: 'success',
  late: 'warning',
  overdue: 'error',
  pending: 'default',
  not_recorded: 'default',
};

const STATE_COLOR: Record<string, string> = {
  drafting: 'default',
  reviewing: 'processing',
  signed: 'cyan',
  submitted: 'blue',
  published: 'green',
  archived: 'purple',
  external: 'gold',
};

export default function CountyReportsPage() {
  const thisYear = useThisYear();
  const [year, setYear] = useYearParam(thisYear - 1, FIRST_YEAR, thisYear);
  const [findingsOf, setFindingsOf] = useState<CountyItem | null>(null);
  const [uploading, setUploading] = useState<{ orgId: number | null } | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const view = useQuery({
    queryKey: ['county-reports', year],
    queryFn: () => api.get<CountyView>(BASE, { year }),
  });
  const copying = useQuery({
    queryKey: ['county-reports', year, 'copying'],
    queryFn: () => api.get<CountyCopying>(`${BASE}/copying`, { year }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['county-reports', year] });
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  const exportXlsx = async () => {
    try {
      await downloadFile(`${BASE}/export.xlsx?year=${year}`, T.exportName(year));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const downloadWord = async (item: CountyItem) => {
    try {
      await downloadFile(
        `/api/annual-reports/${item.orgId}/${year}/export.docx`,
        `${item.orgName}${year}.docx`,
      );
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const downloadOriginal = async (item: CountyItem) => {
    try {
      await downloadFile(`${BASE}/external/${item.orgId}/${year}/file`, item.external?.fileName ?? '');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const remove = async (item: CountyItem) => {
    try {
      await api.delete(`${BASE}/external/${item.orgId}/${year}`);
      message.success(T.status.removed);
      refresh();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <PageContainer
      title={T.title}
      subTitle={T.subtitle}
      extra={
        <Space wrap>
          <span>{T.year}</span>
          <Select
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: T.yearValue(y) }))}
            data-testid="county-year"
          />
          <Button icon={<UploadOutlined />} onClick={() => setUploading({ orgId: null })}>
            {T.upload}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} data-testid="county-export">
            {T.export}
          </Button>
        </Space>
      }
    >
      {view.isError ? (
        <Alert type="error" showIcon message={errorMessage(view.error)} />
      ) : !view.data ? (
        <ProCard loading />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {view.data.items.length > 0 && view.data.items.every((i) => i.submission === 'not_recorded') && (
            <Alert type="info" showIcon message={T.notRecorded(year)} data-testid="county-not-recorded" />
          )}
          <Totals view={view.data} />
          <ProCard bordered title={T.status.title} subTitle={T.status.hint} bodyStyle={{ padding: 0 }}>
            <StatusTable
              items={view.data.items}
              onFindings={setFindingsOf}
              onDownload={downloadOriginal}
              onWord={downloadWord}
              onReplace={(i) => setUploading({ orgId: i.orgId })}
              onRemove={remove}
            />
          </ProCard>
          <CountyIndicatorsCard view={view.data} />
          <CountyYoyCard year={year} />
          <ProCard bordered title={T.copying.title} subTitle={T.copying.hint}>
            <div data-testid="county-pairs">
              {copying.isError ? (
                <Alert type="error" showIcon message={errorMessage(copying.error)} />
              ) : !copying.data ? (
                <Spin />
              ) : copying.data.pairs.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.copying.none} />
              ) : (
                <CountyCopyPairs pairs={copying.data.pairs} />
              )}
            </div>
          </ProCard>
        </Space>
      )}
      {findingsOf && <FindingsDrawer item={findingsOf} year={year} onClose={() => setFindingsOf(null)} />}
      {uploading && view.data && (
        <CountyUpload
          year={year}
          items={view.data.items}
          initialOrg={uploading.orgId}
          onClose={() => setUploading(null)}
          onDone={refresh}
        />
      )}
    </PageContainer>
  );
}

function Totals({ view }: { view: CountyView }) {
  const t = view.totals;
  const stats: [string, number, string?][] = [
    [T.stats.townships, t.townships],
    [T.stats.withReport, t.withReport],
    [T.stats.onTime, t.submittedOnTime, '#389e0d'],
    [T.stats.late, t.submittedLate, t.submittedLate ? '#d46b08' : undefined],
    [T.stats.overdue, t.submissionOverdue, t.submissionOverdue ? '#cf1322' : undefined],
    [T.stats.published, t.publishedOnTime, '#389e0d'],
    [T.stats.errors, t.errors, t.errors ? '#cf1322' : undefined],
  ];
  return (
    <ProCard bordered>
      <Row gutter={16} data-testid="county-totals">
        {stats.map(([title, value, color]) => (
          <Col key={title} flex="1 1 120px">
            <Statistic title={title} value={value} valueStyle={color ? { color } : undefined} />
          </Col>
        ))}
      </Row>
    </ProCard>
  );
}

function DateCell({
  status,
  label,
  due,
  on,
}: {
  status: DateStatus;
  label: string;
  due: string;
  on: string | null;
}) {
  return (
    <div>
      <Tag color={DATE_COLOR[status]}>{label}</Tag>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {on ? T.status.on(on) : T.status.due(due)}
        </Typography.Text>
      </div>
    </div>
  );
}

function StatusTable({
  items,
  onFindings,
  onDownload,
  onWord,
  onReplace,
  onRemove,
}: {
  items: CountyItem[];
  onFindings(i: CountyItem): void;
  onDownload(i: CountyItem): void;
  onWord(i: CountyItem): void;
  onReplace(i: CountyItem): void;
  onRemove(i: CountyItem): void;
}) {
  const S = T.status;
  const columns: ColumnsType<CountyItem> = [
    { title: S.org, dataIndex: 'orgName', width: 130 },
    {
      title: S.state,
      key: 'state',
      width: 170,
      render: (_, i) => (
        <div>
          <Tag color={STATE_COLOR[i.state ?? ''] ?? 'default'}>{i.stateLabel}</Tag>
          {i.version !== null && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {S.version(i.version, i.signed)}
              </Typography.Text>
            </div>
          )}
          {i.external && (
            <div>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                ellipsis={{ tooltip: i.external.fileName }}
              >
                {i.external.fileName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: S.submission,
      key: 'submission',
      width: 150,
      render: (_, i) => (
        <DateCell status={i.submission} label={i.submissionLabel} due={i.submitBy} on={i.submittedOn} />
      ),
    },
    {
      title: S.publication,
      key: 'publication',
      width: 150,
      render: (_, i) => (
        <DateCell status={i.publication} label={i.publicationLabel} due={i.publishBy} on={i.publishedOn} />
      ),
    },
    {
      title: S.findings,
      key: 'findings',
      width: 190,
      render: (_, i) =>
        i.findings ? (
          <Space size={2} wrap>
            {(['error', 'warning', 'info'] as const).map((s) => (
              <Tag key={s} bordered={false} color={i.findings?.[s] ? SEVERITY_COLOR[s].tag : 'default'}>
                {S[s]} {i.findings?.[s]}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: S.actions,
      key: 'actions',
      width: 170,
      render: (_, i) => (
        <Space size={0} wrap>
          {i.source && (
            <Button type="link" size="small" onClick={() => onFindings(i)} data-testid="county-findings">
              {S.viewFindings}
            </Button>
          )}
          {i.source === 'fazhi' && (
            <Button type="link" size="small" onClick={() => onWord(i)} data-testid="county-word">
              {S.downloadWord}
            </Button>
          )}
          {i.source === 'external' && (
            <>
              <Button type="link" size="small" onClick={() => onDownload(i)} data-testid="county-original">
                {S.downloadOriginal}
              </Button>
              <Button type="link" size="small" onClick={() => onReplace(i)}>
                {S.replace}
              </Button>
              <Popconfirm title={S.removeConfirm(i.orgName)} onConfirm={() => onRemove(i)}>
                <Button type="link" size="small" danger>
                  {S.remove}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="county-status">
      <Table<CountyItem>
        rowKey="orgId"
        size="middle"
        dataSource={items}
        columns={columns}
        pagination={false}
      />
    </div>
  );
}

function FindingsDrawer({ item, year, onClose }: { item: CountyItem; year: number; onClose(): void }) {
  const [selected, setSelected] = useState<number | null>(null);
  const [rule, setRule] = useState<string | null>(null);
  const rules = useRules();
  const data = useQuery({
    queryKey: ['county-reports', year, 'findings', item.orgId],
    queryFn: () => api.get<CountyFindings>(`${BASE}/findings`, { year, orgId: item.orgId }),
  });
  const ruleLabel = (id: string) =>
    ruleName(
      rules.data?.find((r) => r.id === id),
      id,
    );
  const d = data.data;
  return (
    <Drawer
      open
      width={640}
      title={T.findingsTitle(item.orgName, year)}
      onClose={onClose}
      destroyOnHidden
      extra={
        // the county acts on a report's findings by a 督办通知 to the township
        <SuperviseButton
          size="small"
          subject={{
            orgId: item.orgId,
            title: T.findingsTitle(item.orgName, year),
            subjectKind: 'finding',
            link: `/county-reports?year=${year}`,
          }}
        />
      }
    >
      {data.isError ? (
        <Alert type="error" showIcon message={errorMessage(data.error)} />
      ) : !d ? (
        <Spin />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {T.findingsSource(
              d.source === 'external' ? T.external : T.fazhi,
              d.version === null ? '' : T.status.version(d.version, d.signed),
            )}
          </Typography.Paragraph>
          <FindingsList
            findings={d.findings}
            selected={selected}
            onSelect={setSelected}
            onOpenRule={setRule}
            ruleLabel={ruleLabel}
          />
        </>
      )}
      <RuleDocDrawer ruleId={rule} onClose={() => setRule(null)} />
    </Drawer>
  );
}
