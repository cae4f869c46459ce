// 政府信息公开工作年度报告 (GET /api/ledgers/disclosure/views/annual-report): the year picked, the
// tables of 二、三、四 as the unified format lays them out, whether they reconcile, the dates the
// report is due, and the DOCX to download (…/annual-report.docx).
import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { DisclosureReportView } from '../../../../shared/api/disclosure.ts';
import { downloadFile } from '../../../components/download.ts';
import { api, errorMessage } from '../../../data/client.ts';
import { L } from '../../../labels.ts';
import { useThisYear } from '../../../shell/current-user.ts';
import { useSelectedOrg } from '../../../shell/org-context.tsx';
import { PageLoading } from '../../../shell/PageLoading.tsx';
import { ReportWorkflow } from './ReportWorkflow.tsx';

const T = L.disclosureReport;
const BASE = '/api/ledgers/disclosure/views/annual-report';

type Cells = Record<string, string | number>;

function ProactiveTable({ r }: { r: DisclosureReportView }) {
  const p = r.tables.proactive;
  const rows: Cells[] = [
    {
      key: 'r',
      content: T.regulations,
      made: p.regulations.made,
      repealed: p.regulations.repealed,
      valid: p.regulations.valid,
    },
    {
      key: 'n',
      content: T.normative,
      made: p.normative.made,
      repealed: p.normative.repealed,
      valid: p.normative.valid,
    },
    { key: 'l', content: T.licensing, made: p.licensing },
    { key: 'p', content: T.penalty, made: p.penalty },
    { key: 'c', content: T.coercion, made: p.coercion },
    { key: 'f', content: T.fees, made: p.feesTenThousand },
  ];
  const columns: ColumnsType<Cells> = [
    { title: T.content, dataIndex: 'content' },
    { title: `${T.made}（${T.decisions}）`, dataIndex: 'made', align: 'right', width: 200 },
    { title: T.repealed, dataIndex: 'repealed', align: 'right', width: 140 },
    { title: T.valid, dataIndex: 'valid', align: 'right', width: 140 },
  ];
  return <Table<Cells> size="small" bordered pagination={false} columns={columns} dataSource={rows} />;
}

function RequestTable({ r }: { r: DisclosureReportView }) {
  const rows: Cells[] = r.rows.map((row) => ({
    key: row.key,
    item: row.group ? `${row.group} ${row.label}` : row.label,
    ...r.tables.requests[row.key],
  }));
  const columns: ColumnsType<Cells> = [
    { title: T.item, dataIndex: 'item' },
    ...T.applicants.map(([key, title]) => ({ title, dataIndex: key, align: 'right' as const, width: 96 })),
  ];
  return (
    <Table<Cells>
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid="disclosure-requests"
    />
  );
}

function ReviewTable({ r }: { r: DisclosureReportView }) {
  const v = r.tables.review;
  const rows: Cells[] = [
    [T.reviewPart, v.review],
    [T.direct, v.direct],
    [T.afterReview, v.afterReview],
  ].map(([part, ns]) => ({
    key: String(part),
    part: String(part),
    ...Object.fromEntries((ns as number[]).map((n, i) => [`c${i}`, n])),
  }));
  const columns: ColumnsType<Cells> = [
    { title: T.part, dataIndex: 'part' },
    ...T.reviewColumns.map((title, i) => ({
      title,
      dataIndex: `c${i}`,
      align: 'right' as const,
      width: 110,
    })),
  ];
  return <Table<Cells> size="small" bordered pagination={false} columns={columns} dataSource={rows} />;
}

export default function AnnualReportPage() {
  const { message } = App.useApp();
  const { orgId, switched } = useSelectedOrg();
  const org = switched ? orgId : undefined;
  const thisYear = useThisYear();
  const [year, setYear] = useState(thisYear - 1);
  const report = useQuery({
    queryKey: ['ledgers', 'disclosure', 'annual-report', org ?? null, year],
    queryFn: () => api.get<DisclosureReportView>(BASE, { org, year }),
  });
  const download = async () => {
    const q = new URLSearchParams({ year: String(year), ...(org ? { org: String(org) } : {}) });
    try {
      await downloadFile(`${BASE}.docx?${q}`, `${T.title}.docx`);
    } catch (error) {
      message.error(errorMessage(error) || T.downloadFailed);
    }
  };
  return (
    <PageContainer
      title={T.title}
      subTitle={T.subtitle}
      extra={
        <Space>
          <span>{T.year}</span>
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: T.yearValue(y) }))}
            data-testid="disclosure-report-year"
          />
          <Button type="primary" icon={<DownloadOutlined />} onClick={download} disabled={!report.data}>
            {T.download}
          </Button>
        </Space>
      }
    >
      {report.isPending ? (
        <PageLoading />
      ) : report.isError ? (
        <Alert type="error" showIcon message={errorMessage(report.error)} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type={report.data.errors.length > 0 ? 'error' : 'success'}
            showIcon
            message={report.data.errors.length > 0 ? report.data.errors.join('；') : T.reconciled}
            description={`${T.due(report.data.due.submitBy, report.data.due.publishBy)}（${report.data.due.basis}）`}
          />
          <ReportWorkflow key={`${org ?? ''}-${year}`} r={report.data} org={org} />
          <ProCard title={T.proactive} headerBordered>
            <ProactiveTable r={report.data} />
          </ProCard>
          <ProCard title={T.requests} headerBordered>
            <RequestTable r={report.data} />
          </ProCard>
          <ProCard title={T.review} headerBordered>
            <ReviewTable r={report.data} />
          </ProCard>
        </Space>
      )}
    </PageContainer>
  );
}
