// The report's progress (起草 → 审核 → 签发 → 报送 → 公开 → 归档), the two due dates with their status,
// the steps the API says the user may take now, the downloads, and the version list.
import { CheckCircleFilled, DownloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Col, Row, Space, Steps, Table, Tag, Tooltip, Typography } from 'antd';
import type {
  DateStatus,
  PlacedFinding,
  ReportState,
  ReportView,
  VersionRow,
} from '../../../shared/api/annual-reports.ts';
import { L } from '../../labels.ts';
import { formatTime } from '../admin/table-request.ts';
import { StepButtons, type StepRequest } from './StepButtons.tsx';

const T = L.reports;

/** The step in progress; everything before it is done (archived: all done). */
const CURRENT: Record<ReportState, number> = {
  drafting: 0,
  reviewing: 1,
  signed: 3,
  submitted: 4,
  published: 5,
  archived: 6,
};

export interface Refusal {
  message: string;
  findings: Pick<PlacedFinding, 'rule' | 'message' | 'line'>[];
}

function DueDate(props: {
  label: string;
  by: string;
  on: string | null;
  status: DateStatus;
  statusLabel: string;
  basis: string;
}) {
  return (
    <Space size={6} wrap>
      <Typography.Text type="secondary">{props.label}</Typography.Text>
      <Tooltip title={props.basis}>
        <Typography.Text>{T.due.by(props.by)}</Typography.Text>
      </Tooltip>
      <Tag color={T.dateStatus[props.status]} bordered={false}>
        {props.statusLabel}
      </Tag>
      {props.on && <Typography.Text type="secondary">{T.due.doneOn(props.on)}</Typography.Text>}
    </Space>
  );
}

interface Props {
  view: ReportView;
  dirty: boolean;
  busy: string | null;
  refusal: Refusal | null;
  onTransition(step: StepRequest): void;
  onDownload(kind: 'docx' | 'pdf'): void;
  downloading: 'docx' | 'pdf' | null;
}

export function WorkflowCard({ view, dirty, busy, refusal, onTransition, onDownload, downloading }: Props) {
  const state = view.state as ReportState;
  const approved = view.approvedVersion === view.version.version;
  const stepItems = T.steps.map((title, i) => {
    let description: string | undefined;
    if (i === 1 && state === 'reviewing') description = approved ? T.approved : T.awaitingApproval;
    if (i === 2 && view.version.signedAt) description = formatTime(view.version.signedAt).slice(0, 10);
    if (i === 3) description = view.submittedOn ?? T.due.by(view.submitBy);
    if (i === 4) description = view.publishedOn ?? T.due.by(view.publishBy);
    return { title, description };
  });

  return (
    <div data-testid="report-workflow">
      <Steps size="small" current={CURRENT[state]} items={stepItems} style={{ marginBottom: 16 }} />
      <Row gutter={[16, 12]} align="middle">
        <Col xs={24} xl={12}>
          <Space direction="vertical" size={4}>
            <Space size={8} wrap>
              <Tag color="blue" bordered={false} data-testid="report-state">
                {T.stateTag(view.stateLabel)}
              </Tag>
              <Tag bordered={false}>{T.versionTag(view.version.version)}</Tag>
              {view.version.signed && (
                <Tag color="red" icon={<CheckCircleFilled />}>
                  {T.doc.signed}
                </Tag>
              )}
            </Space>
            <DueDate
              label={T.due.submit}
              by={view.submitBy}
              on={view.submittedOn}
              status={view.submission}
              statusLabel={view.submissionLabel}
              basis={view.basis.submit}
            />
            <DueDate
              label={T.due.publish}
              by={view.publishBy}
              on={view.publishedOn}
              status={view.publication}
              statusLabel={view.publicationLabel}
              basis={view.basis.publish}
            />
          </Space>
        </Col>
        <Col xs={24} xl={12} style={{ textAlign: 'right' }}>
          <Space wrap style={{ justifyContent: 'flex-end' }}>
            {view.transitions.length === 0 && (
              <Typography.Text type="secondary">{T.noActions}</Typography.Text>
            )}
            <StepButtons view={view} dirty={dirty} busy={busy} onTransition={onTransition} />
            <Button
              icon={<DownloadOutlined />}
              loading={downloading === 'docx'}
              onClick={() => onDownload('docx')}
              data-testid="download-docx"
            >
              {T.download.docx}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={downloading === 'pdf'}
              onClick={() => onDownload('pdf')}
              data-testid="download-pdf"
            >
              {T.download.pdf}
            </Button>
          </Space>
        </Col>
      </Row>
      {view.returned && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-returned"
          style={{ marginTop: 16 }}
          message={T.returned(view.returned.by ?? '', view.returned.on)}
          description={view.returned.reason}
        />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          data-testid="report-refusal"
          style={{ marginTop: 16 }}
          message={T.refusedTitle}
          description={
            <div>
              <div>{refusal.message}</div>
              {refusal.findings.length > 0 && (
                <>
                  <Typography.Text strong>{T.refusedFindings}</Typography.Text>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {refusal.findings.map((f) => (
                      <li key={`${f.rule}-${f.line}-${f.message}`}>{f.message}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          }
        />
      )}
    </div>
  );
}

export function VersionsTable({ view }: { view: ReportView }) {
  const V = T.versions;
  return (
    <Table<VersionRow>
      size="small"
      rowKey="version"
      pagination={false}
      dataSource={[...view.versions].reverse()}
      data-testid="report-versions"
      columns={[
        {
          title: V.version,
          dataIndex: 'version',
          render: (v: number) =>
            v === view.version.version ? (
              <Tooltip title={V.current}>
                <Badge status="processing" text={T.versionTag(v)} style={{ whiteSpace: 'nowrap' }} />
              </Tooltip>
            ) : (
              <span style={{ whiteSpace: 'nowrap' }}>{T.versionTag(v)}</span>
            ),
        },
        {
          title: V.savedAt,
          dataIndex: 'createdAt',
          render: (t: string, row) => (
            <div style={{ whiteSpace: 'nowrap' }}>
              <div>{formatTime(t).slice(0, 16)}</div>
              {row.createdByName && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.createdByName}
                </Typography.Text>
              )}
            </div>
          ),
        },
        {
          title: V.signed,
          dataIndex: 'signedAt',
          render: (at: string | null, row) =>
            at ? (
              <Tooltip title={V.signedBy(row.signedByName ?? '', formatTime(at))}>
                <Tag color="red">{T.doc.signed}</Tag>
              </Tooltip>
            ) : row.version === view.approvedVersion ? (
              <Tag color="green" bordered={false}>
                {V.approved}
              </Tag>
            ) : null,
        },
        {
          title: V.sha256,
          dataIndex: 'sha256',

          render: (h: string) => (
            <Tooltip title={h}>
              <Typography.Text code copyable={{ text: h }} style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {h.slice(0, 8)}
              </Typography.Text>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
