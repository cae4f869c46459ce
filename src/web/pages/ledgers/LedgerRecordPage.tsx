// The detail of a record of any ledger: every field (personal information masked, revealed on
// request where the policy allows, the reveal audited by the server), the workflow steps the
// server's policies allow, the record's statutory clocks with how each was computed, and the
// timeline of workflow steps and audit events.
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Descriptions,
  Empty,
  Popconfirm,
  Result,
  Space,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type {
  FieldDef,
  LedgerManifest,
  RecordDetail,
  RecordTypeManifest,
  Revealed,
  TimelineAudit,
  TimelineStep,
  TransitionDef,
} from '../../../shared/api/ledgers.ts';
import { PrintButton } from '../../components/print/PrintSheet.tsx';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { formatTime } from '../admin/table-request.ts';
import { SUPERVISION, SuperviseButton } from '../supervision/supervise.tsx';
import { findManifest, pagePath, recordPath, useLedgerManifests } from './api.ts';
import { AttachmentLink } from './attachments.tsx';
import { DeadlineDetail, DeadlineStatus } from './deadline.tsx';
import { fieldDisplay } from './fields.tsx';
import { recordKey, useRecord } from './LedgerFormPage.tsx';
import { LinkedRecordButton } from './LinkedRecordDrawer.tsx';
import { RecordPrint } from './RecordPrint.tsx';
import { StepActions } from './StepActions.tsx';
import { stateColour } from './states.ts';
import { TransitionModal } from './TransitionModal.tsx';
import { auditLabel, stepFieldText } from './timeline-text.ts';

const T = L.ledgers;

export default function LedgerRecordPage() {
  const { kind, type, id } = useParams();
  const manifests = useLedgerManifests();
  const record = useRecord(kind ?? '', type ?? '', Number(id) || 0);
  if (manifests.isPending || record.isPending) return <PageLoading />;
  const found = findManifest(manifests.data, kind, type);
  if (!found) return <Result status="404" title="404" subTitle={T.notFoundType} />;
  if (!record.data)
    return <Result status="404" title="404" subTitle={record.error?.message ?? L.errors[404]} />;
  return <RecordView ledger={found.ledger} rt={found.rt} record={record.data} />;
}

function RecordView({
  ledger,
  rt,
  record,
}: {
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
  record: RecordDetail;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const manifests = useLedgerManifests();
  const { message } = App.useApp();
  const { withOrg } = useSelectedOrg();
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [acting, setActing] = useState<TransitionDef | null>(null);
  const reload = () =>
    queryClient.invalidateQueries({ queryKey: recordKey(ledger.kind, rt.type, record.id) });

  const canReveal = record.policies.reveal === true;
  const reveal = async (f: FieldDef) => {
    try {
      const r = await api.post<Revealed>(`${recordPath(ledger.kind, rt.type, record.id)}/reveal/${f.name}`);
      setRevealed((prev) => ({ ...prev, [f.name]: r.value }));
      message.success(T.revealed);
      void reload();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const transitions = rt.transitions.filter((t) => record.policies[`transition:${t.id}`] === true);
  const fieldValue = (f: FieldDef): ReactNode => {
    if (f.name === 'orgId') return record.orgName ?? T.emptyValue;
    const raw = record.fields[f.name];
    if (
      ledger.kind === SUPERVISION.kind &&
      f.name === 'subjectLink' &&
      typeof raw === 'string' &&
      raw.startsWith('/')
    )
      return <Link to={withOrg(raw)}>{L.supervision.openSubject}</Link>;
    if (revealed[f.name] !== undefined) return <Typography.Text mark>{revealed[f.name]}</Typography.Text>;
    if (
      f.type === 'link' &&
      f.link?.grantsRead &&
      typeof raw === 'number' &&
      !findManifest(manifests.data, f.link.ledger, f.link.type)
    )
      return (
        <LinkedRecordButton
          holder={{ kind: ledger.kind, type: rt.type, id: record.id }}
          field={f.name}
          title={record.display[f.name] ?? ''}
        />
      );
    const shown = fieldDisplay(f, record);
    const v = record.fields[f.name];
    if (!f.sensitive || !canReveal || v === null || v === undefined || v === '') return shown;
    return (
      <Space size={4} wrap={false}>
        <span style={{ whiteSpace: 'nowrap' }}>{shown}</span>
        <Popconfirm title={T.revealTitle} description={T.revealHint} onConfirm={() => reveal(f)}>
          <Button type="link" size="small" icon={<EyeOutlined />} data-testid={`reveal-${f.name}`}>
            {T.reveal}
          </Button>
        </Popconfirm>
      </Space>
    );
  };

  // Workflow-set fields are shown once a step has set them.
  const shownFields = rt.fields.filter((f) => {
    if (!f.workflow) return true;
    const v = record.fields[f.name];
    return v !== null && v !== undefined && v !== '';
  });

  return (
    <PageContainer
      title={record.title}
      subTitle={rt.label}
      tags={<Tag color={stateColour(rt, record.state)}>{record.stateLabel}</Tag>}
      onBack={() => navigate(withOrg(pagePath.list(ledger.kind, rt.type)))}
      extra={[
        <PrintButton key="print" />,
        record.policies.update === true && (
          <Button
            key="edit"
            icon={<EditOutlined />}
            onClick={() => navigate(withOrg(pagePath.edit(ledger.kind, rt.type, record.id)))}
          >
            {T.edit}
          </Button>
        ),
        ledger.kind !== SUPERVISION.kind && (
          <SuperviseButton
            key="supervise"
            subject={{
              orgId: record.orgId,
              title: record.title,
              subjectKind: 'record',
              link: pagePath.record(ledger.kind, rt.type, record.id),
            }}
          />
        ),
      ].filter(Boolean)}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {transitions.length > 0 && (
          <ProCard title={T.actionsCard} bordered size="small" className="fz-no-print">
            <StepActions rt={rt} record={record} transitions={transitions} onAct={setActing} />
          </ProCard>
        )}
        <ProCard title={T.fieldsCard} bordered>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            styles={{ label: { width: 180 }, content: { minWidth: 140 } }}
            items={[
              ...shownFields.map((f) => ({
                key: f.name,
                label: f.label,
                span: f.type === 'textarea' ? 2 : 1,
                children: fieldValue(f),
              })),
              { key: '_state', label: T.stateNow, children: record.stateLabel },
              { key: '_created', label: T.createdAt, children: formatTime(record.createdAt) },
            ]}
          />
        </ProCard>
        <ProCard title={T.deadlines} bordered>
          {record.deadlines.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noDeadlines} />
          ) : (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              {record.deadlines.map((d) => (
                <div key={d.id} data-testid={`deadline-${d.deadlineId}`} data-state={d.state}>
                  <ProCard
                    size="small"
                    bordered
                    title={
                      <Space>
                        <span>{d.label}</span>
                        <DeadlineStatus d={d} />
                      </Space>
                    }
                    extra={d.due ? `${T.deadlineDue} ${d.due}` : T.dueUnknown}
                    collapsible
                    defaultCollapsed={d.state !== 'open'}
                  >
                    <DeadlineDetail d={d} />
                  </ProCard>
                </div>
              ))}
            </Space>
          )}
        </ProCard>
        <ProCard title={T.timeline} bordered>
          <Tabs
            items={[
              {
                key: 'steps',
                label: T.timelineSteps,
                children: (
                  <StepsTimeline
                    steps={record.timeline.steps}
                    rt={rt}
                    showHash={EVIDENCE_LEDGERS.has(ledger.kind)}
                  />
                ),
              },
              {
                key: 'audit',
                label: T.timelineAudit,
                children: <AuditTimeline events={record.timeline.audit} ledger={ledger} rt={rt} />,
              },
            ]}
          />
        </ProCard>
      </Space>
      <RecordPrint ledger={ledger} rt={rt} record={record} />
      {acting && (
        <TransitionModal
          ledger={ledger}
          rt={rt}
          record={record}
          transition={acting}
          readiness={record.steps.find((x) => x.id === acting.id)}
          onClose={() => setActing(null)}
          onDone={() => void reload()}
        />
      )}
    </PageContainer>
  );
}

/**
 * The enforcement ledger's attachments are evidence (执法全过程记录): their SHA-256 is shown to be
 * checked against the file; elsewhere it would only be noise.
 */
const EVIDENCE_LEDGERS = new Set(['enforcement']);

function StepsTimeline({
  steps,
  rt,
  showHash,
}: {
  steps: TimelineStep[];
  rt: RecordTypeManifest;
  showHash: boolean;
}) {
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noTimeline} />;
  return (
    <Timeline
      items={steps.map((s) => ({
        key: s.id,
        color: s.fromState !== s.toState ? 'blue' : 'gray',
        children: (
          <div data-testid="timeline-step">
            <Space wrap size={8}>
              <Typography.Text strong>{s.label}</Typography.Text>
              {s.fromState !== s.toState && <Tag>{T.stepTo(s.toStateLabel)}</Tag>}
              <Typography.Text type="secondary">{T.stepOn(s.on)}</Typography.Text>
              {s.actorName && <Typography.Text type="secondary">{T.by(s.actorName)}</Typography.Text>}
              <Typography.Text type="secondary">{formatTime(s.at)}</Typography.Text>
            </Space>
            {s.fields && Object.keys(s.fields).length > 0 && (
              <div style={{ marginTop: 4 }}>
                {Object.entries(s.fields).map(([name, v]) => (
                  <div key={name}>
                    <Typography.Text type="secondary">
                      {rt.fields.find((f) => f.name === name)?.label ?? name}：
                    </Typography.Text>
                    {stepFieldText(rt, name, v)}
                  </div>
                ))}
              </div>
            )}
            {s.note && (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {s.note}
              </Typography.Paragraph>
            )}
            {(s.attachments ?? []).length > 0 ? (
              <div style={{ marginTop: 4 }} data-testid="timeline-attachments">
                {(s.attachments ?? []).map((a) => (
                  <div key={a.id}>
                    <AttachmentLink id={a.id} name={a.name} />
                    {showHash && (
                      <Typography.Text
                        type="secondary"
                        copyable={{ text: a.sha256, tooltips: [T.copyHash, T.copied] }}
                        style={{
                          fontSize: 12,
                          marginLeft: 8,
                          fontFamily: 'monospace',
                          wordBreak: 'break-all',
                        }}
                      >
                        {T.sha256(a.sha256)}
                      </Typography.Text>
                    )}
                  </div>
                ))}
              </div>
            ) : (
              s.attachmentIds.length > 0 && (
                <Space wrap style={{ marginTop: 4 }}>
                  {s.attachmentIds.map((a) => (
                    <AttachmentLink key={a} id={a} />
                  ))}
                </Space>
              )
            )}
          </div>
        ),
      }))}
    />
  );
}

function AuditTimeline({
  events,
  ledger,
  rt,
}: {
  events: TimelineAudit[];
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
}) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noTimeline} />;
  return (
    <Timeline
      items={events.map((e) => {
        const after = (e.after ?? {}) as Record<string, unknown>;
        const refused = e.action.endsWith('.refused');
        const revealEvent = e.action.endsWith('.reveal');
        const transitionLabel =
          refused && typeof after.transition === 'string'
            ? rt.transitions.find((t) => t.id === after.transition)?.label
            : undefined;
        return {
          key: e.seq,
          color: refused ? 'red' : revealEvent ? 'orange' : 'gray',
          children: (
            <div data-testid="timeline-audit">
              <Space wrap size={8}>
                <Typography.Text strong>{auditLabel(e.action, ledger, rt)}</Typography.Text>
                {transitionLabel && <Tag color="red">{transitionLabel}</Tag>}
                {e.actorName && <Typography.Text type="secondary">{e.actorName}</Typography.Text>}
                <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                <Typography.Text type="secondary">{T.auditSeq(e.seq)}</Typography.Text>
              </Space>
              {refused && typeof after.rule === 'string' && (
                <div style={{ marginTop: 4 }}>
                  <Typography.Text type="danger">{after.rule}</Typography.Text>
                  {typeof after.basis === 'string' && (
                    <Typography.Text type="secondary">（{T.basis(after.basis)}）</Typography.Text>
                  )}
                </div>
              )}
              {revealEvent && typeof after.label === 'string' && (
                <div style={{ marginTop: 4 }}>
                  <Typography.Text type="secondary">{T.auditRevealField(after.label)}</Typography.Text>
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
