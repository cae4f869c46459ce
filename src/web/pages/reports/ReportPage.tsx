// 年度报告: the township's 法治政府建设年度报告 for a year. Without a report, a button drafts it from
// the ledgers; with one, its progress and due dates, the steps the user may take, the downloads,
// the document itself (editable paragraph by paragraph while drafting; saving runs the checker and
// shows its findings in place), the findings summary and the versions.
// API: /api/annual-reports (docs/annual-report.md).
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Empty, Result, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import type { PlacedFinding, ReportList, ReportView } from '../../../shared/api/annual-reports.ts';
import { downloadFile } from '../../components/download.ts';
import { ApiError, api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useThisYear } from '../../shell/current-user.ts';
import { useLeaveGuard } from '../../shell/leave-guard.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { formatTime } from '../admin/table-request.ts';
import { ruleName, useRules } from '../checks/rules.ts';
import { countBySeverity } from '../checks/severity.ts';
import { DocInfoCard } from './DocInfoCard.tsx';
import { draftBody, type EditModel, editModel, setDocInfo } from './model.ts';
import { anchorOf, FindingsSummary, ReportDocument, scrollToAnchor } from './ReportDocument.tsx';
import type { StepRequest } from './StepButtons.tsx';
import { type Refusal, VersionsTable, WorkflowCard } from './WorkflowCard.tsx';
import { useYearParam } from './year-param.ts';

const T = L.reports;
const FIRST_YEAR = 2019;

const reportPath = (orgId: number, year: number) => `/api/annual-reports/${orgId}/${year}`;

export default function ReportPage() {
  const { orgId } = useSelectedOrg();
  const thisYear = useThisYear();
  const [year, setYear] = useYearParam(thisYear - 1, FIRST_YEAR, thisYear);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const qc = useQueryClient();
  const { message } = App.useApp();

  const list = useQuery({
    queryKey: ['annual-reports', year],
    queryFn: () => api.get<ReportList>('/api/annual-reports', { year }),
  });
  const item = list.data?.items.find((i) => i.orgId === orgId) ?? list.data?.items[0];
  const viewKey = ['annual-report', item?.orgId, year];
  const view = useQuery({
    queryKey: viewKey,
    queryFn: () => api.get<ReportView>(reportPath(item!.orgId, year)),
    enabled: Boolean(item?.state),
  });
  const create = useMutation({
    mutationFn: () => api.post<ReportView>(reportPath(item!.orgId, year)),
    onSuccess: (v) => {
      qc.setQueryData(viewKey, v);
      void qc.invalidateQueries({ queryKey: ['annual-reports', year] });
      message.success(T.drafted);
    },
  });

  let body: ReactNode;
  if (list.isPending) body = <Spin style={{ display: 'block', margin: 48 }} />;
  else if (list.isError) body = <Alert type="error" showIcon message={errorMessage(list.error)} />;
  else if (!item) body = <Empty description={T.noOrg} />;
  else if (!item.state)
    body = (
      <ProCard bordered>
        <Result
          status="info"
          title={T.none(item.orgName, year)}
          subTitle={T.noneHint}
          extra={
            <Button
              type="primary"
              size="large"
              loading={create.isPending}
              onClick={() => create.mutate()}
              data-testid="report-create"
            >
              {T.draftFromLedgers}
            </Button>
          }
        />
        {create.isError && <Alert type="error" showIcon message={errorMessage(create.error)} />}
      </ProCard>
    );
  else if (view.isError) body = <Alert type="error" showIcon message={errorMessage(view.error)} />;
  else if (!view.data) body = <Spin style={{ display: 'block', margin: 48 }} />;
  else
    body = (
      <Workspace
        key={`${view.data.orgId}-${view.data.version.version}`}
        view={view.data}
        onView={(v) => {
          qc.setQueryData(viewKey, v);
          void qc.invalidateQueries({ queryKey: ['annual-reports', year] });
        }}
      />
    );

  return (
    <PageContainer
      title={T.title}
      subTitle={T.subtitle}
      extra={
        <Space>
          <span>{T.year}</span>
          <Select
            style={{ width: 130 }}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: T.yearValue(y) }))}
            data-testid="report-year"
          />
        </Space>
      }
    >
      {body}
    </PageContainer>
  );
}

function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  const raw = error.details.findings;
  const findings = Array.isArray(raw) ? (raw as Refusal['findings']) : [];
  return { message: error.message, findings };
}

/** One version of the report: workflow, document and findings; remounted for each new version. */
function Workspace({ view, onView }: { view: ReportView; onView(v: ReportView): void }) {
  const { message } = App.useApp();
  const rules = useRules();
  const [model, setModel] = useState<EditModel>(() => editModel(view));
  const [selected, setSelected] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [downloading, setDownloading] = useState<'docx' | 'pdf' | null>(null);
  const path = reportPath(view.orgId, view.year);

  const ruleLabel = useCallback(
    (rule: string) =>
      ruleName(
        rules.data?.find((r) => r.id === rule),
        L.checker.categories[rule.split('/')[0]] ?? L.checker.doc.title,
      ),
    [rules.data],
  );

  useLeaveGuard(model.dirty);

  const save = useMutation({
    mutationFn: () => api.put<ReportView>(`${path}/draft`, draftBody(model)),
    onSuccess: (v) => {
      setRefusal(null);
      message.success(T.doc.saved);
      onView(v);
    },
    onError: (e) => setRefusal(refusalOf(e) ?? { message: errorMessage(e), findings: [] }),
  });
  const step = useMutation({
    mutationFn: (t: StepRequest) =>
      api.post<ReportView>(`${path}/transitions/${t.id}`, t.reason ? { reason: t.reason } : {}),
    onSuccess: (v, t) => {
      setRefusal(null);
      message.success(T.transitionDone(t.label));
      onView(v);
    },
    onError: (e) => setRefusal(refusalOf(e) ?? { message: errorMessage(e), findings: [] }),
  });

  const download = async (kind: 'docx' | 'pdf') => {
    setDownloading(kind);
    try {
      await downloadFile(
        `${path}/export.${kind}`,
        `${view.orgName}${view.year}年度法治政府建设情况报告.${kind}`,
      );
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setDownloading(null);
    }
  };

  const select = (i: number) => {
    setSelected(i);
    scrollToAnchor(anchorOf(model, view.findings[i] as PlacedFinding, i));
  };
  const counts = countBySeverity(view.findings);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ProCard bordered>
        <WorkflowCard
          view={view}
          dirty={model.dirty}
          busy={step.isPending ? (step.variables?.id ?? null) : null}
          refusal={refusal}
          onTransition={(t) => step.mutate(t)}
          onDownload={download}
          downloading={downloading}
        />
      </ProCard>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ProCard
            bordered
            title={T.docInfo.title}
            subTitle={view.editable ? T.docInfo.hintEditable : T.docInfo.hintReadonly}
            style={{ marginBottom: 16 }}
          >
            <DocInfoCard
              view={view}
              docInfo={model.docInfo}
              onChange={(patch) => setModel(setDocInfo(model, patch))}
            />
          </ProCard>
          <ProCard
            bordered
            title={T.doc.title}
            subTitle={view.editable ? T.doc.hintEditable : T.doc.hintReadonly}
            bodyStyle={{ background: '#f5f6f8', padding: 16 }}
            extra={
              view.editable && (
                <Space>
                  {model.dirty && (
                    <Tag color="warning" bordered={false}>
                      {T.doc.unsaved}
                    </Tag>
                  )}
                  {model.dirty && (
                    <Button onClick={() => setModel(editModel(view))} disabled={save.isPending}>
                      {T.doc.discard}
                    </Button>
                  )}
                  <Button
                    type="primary"
                    disabled={!model.dirty}
                    loading={save.isPending}
                    onClick={() => save.mutate()}
                    data-testid="report-save"
                  >
                    {T.doc.save}
                  </Button>
                </Space>
              )
            }
          >
            {view.version.signed && (
              <Alert
                type="success"
                showIcon
                data-testid="report-signed"
                style={{ marginBottom: 12 }}
                message={T.doc.signed}
                description={T.doc.signedBy(
                  view.version.signedByName ?? '',
                  formatTime(view.version.signedAt),
                )}
              />
            )}
            {!view.editable && !view.version.signed && (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={T.doc.readonly} />
            )}
            <ReportDocument
              view={view}
              model={model}
              onChange={setModel}
              selected={selected}
              ruleLabel={ruleLabel}
            />
          </ProCard>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%', position: 'sticky', top: 72 }}>
            <ProCard
              bordered
              title={T.findings.title}
              subTitle={T.findings.total(counts.error, counts.warning, counts.info)}
              bodyStyle={{ padding: 8 }}
            >
              {counts.error > 0 && (
                <Typography.Paragraph type="danger" style={{ fontSize: 12, margin: '0 4px 8px' }}>
                  {T.findings.blockHint}
                </Typography.Paragraph>
              )}
              <FindingsSummary view={view} selected={selected} onSelect={select} ruleLabel={ruleLabel} />
            </ProCard>
            <ProCard bordered title={T.versions.title} bodyStyle={{ padding: 8 }}>
              <VersionsTable view={view} />
            </ProCard>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
