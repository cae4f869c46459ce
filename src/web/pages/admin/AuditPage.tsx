// 审计日志 (auditor): filter the append-only audit trail, read an event's before/after, and verify
// the hash chain (GET /api/audit/verify).
import { SafetyOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns, ProTable } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Col, Descriptions, Drawer, Row, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { AuditEvent, AuditVerifyResult } from '../../../shared/api/audit.ts';
import type { AuditCatalogue } from '../../../shared/audit-actions.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { buildOrgTree } from '../../org-tree.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { LinkButton } from './LinkButton.tsx';
import { PendingResets } from './PendingResets.tsx';
import { formatTime, pagedRequest } from './table-request.ts';

const T = L.audit;

type Labels = ReadonlyMap<string, string>;

/** The server's catalogue of actions and entity types (GET /api/audit/catalogue). */
function useCatalogue(): { actions: Labels; entityTypes: Labels; options: AuditCatalogue | undefined } {
  const q = useQuery({
    queryKey: ['audit-catalogue'],
    queryFn: () => api.get<AuditCatalogue>('/api/audit/catalogue'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return useMemo(
    () => ({
      actions: new Map((q.data?.actions ?? []).map((a) => [a.value, a.label])),
      entityTypes: new Map((q.data?.entityTypes ?? []).map((a) => [a.value, a.label])),
      options: q.data,
    }),
    [q.data],
  );
}

function ActionTag({ action, labels }: { action: string; labels: Labels }) {
  const label = labels.get(action);
  if (!label) return <Tag data-testid="audit-raw-action">{action}</Tag>;
  const color =
    action.endsWith('failed') || action.endsWith('locked')
      ? 'red'
      : action.startsWith('auth.')
        ? 'blue'
        : 'geekblue';
  return <Tag color={color}>{label}</Tag>;
}

function entityLabel(type: string | null, labels: Labels): string {
  if (!type) return '—';
  return labels.get(type) ?? type;
}

const toIso = (v: unknown): string | undefined => {
  if (!v) return undefined;
  if (typeof v === 'string') return new Date(v).toISOString();
  return (v as Dayjs).toDate().toISOString();
};

export default function AuditPage() {
  const { message } = App.useApp();
  const { orgs, orgId, switched } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs, { includeInactive: true }), [orgs]);
  const [detail, setDetail] = useState<AuditEvent | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<AuditVerifyResult | null>(null);
  const catalogue = useCatalogue();

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await api.get<AuditVerifyResult>('/api/audit/verify'));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setVerifying(false);
    }
  };

  const columns: ProColumns<AuditEvent>[] = [
    { title: T.seq, dataIndex: 'seq', search: false, width: 80 },
    { title: T.at, dataIndex: 'at', search: false, width: 170, render: (_, r) => formatTime(r.at) },
    {
      title: T.timeRange,
      dataIndex: 'range',
      valueType: 'dateTimeRange',
      hideInTable: true,
      fieldProps: { placeholder: [T.rangeStart, T.rangeEnd] },
      search: { transform: (value: unknown[]) => ({ from: toIso(value?.[0]), to: toIso(value?.[1]) }) },
    },
    { title: T.actor, dataIndex: 'actor', render: (_, r) => r.actorName ?? '—' },
    {
      title: T.action,
      dataIndex: 'action',
      valueType: 'select',
      fieldProps: {
        showSearch: true,
        options: (catalogue.options?.actions ?? []).map(({ value, label }) => ({
          value,
          label: `${label}（${value}）`,
        })),
      },
      render: (_, r) => <ActionTag action={r.action} labels={catalogue.actions} />,
    },
    {
      title: T.entityType,
      dataIndex: 'entityType',
      valueType: 'select',
      fieldProps: { showSearch: true, options: catalogue.options?.entityTypes ?? [] },
      render: (_, r) => entityLabel(r.entityType, catalogue.entityTypes),
    },
    {
      title: T.entityId,
      dataIndex: 'entityId',
      search: false,
      ellipsis: true,
      render: (_, r) => r.entityId ?? '—',
    },
    {
      title: T.org,
      dataIndex: 'orgId',
      valueType: 'treeSelect',
      initialValue: switched ? orgId : undefined,
      fieldProps: { treeData: orgTree, showSearch: true, treeNodeFilterProp: 'title', allowClear: true },
      render: (_, r) => r.orgName ?? '—',
    },
    { title: T.clientIp, dataIndex: 'clientIp', search: false, render: (_, r) => r.clientIp ?? '—' },
    {
      title: L.common.actions,
      valueType: 'option',
      key: 'actions',
      width: 80,
      render: (_, r) => [
        <LinkButton key="detail" onClick={() => setDetail(r)}>
          {T.detail}
        </LinkButton>,
      ],
    },
  ];

  return (
    <PageContainer title={T.title}>
      <PendingResets />
      {verify && (
        <Alert
          data-testid="audit-verify-result"
          type={verify.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setVerify(null)}
          message={verify.ok ? T.verifyOkTitle : T.verifyBrokenTitle}
          description={
            verify.ok
              ? [
                  T.verifyOk(verify.count),
                  verify.checkpoint
                    ? T.verifyCheckpoint(verify.checkpoint.seq, formatTime(verify.checkpoint.at))
                    : T.verifyNoCheckpoint,
                  verify.legacy ? T.verifyLegacy(verify.legacy) : '',
                ].join('')
              : verify.firstBroken
                ? `${T.verifyBroken(verify.firstBroken.seq, verify.firstBroken.reason)}（${T.verifyCount(verify.count)}）`
                : T.verifyCount(verify.count)
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <ProTable<AuditEvent>
        key={orgId}
        rowKey="id"
        columns={columns}
        request={(params) =>
          pagedRequest<AuditEvent>('/api/audit', params, {
            actor: params.actor,
            action: params.action,
            entityType: params.entityType,
            orgId: params.orgId,
            from: params.from,
            to: params.to,
          })
        }
        onRequestError={(error) => message.error(errorMessage(error))}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false }}
        scroll={{ x: 1100 }}
        toolBarRender={() => [
          <Button key="verify" icon={<SafetyOutlined />} loading={verifying} onClick={runVerify}>
            {T.verify}
          </Button>,
        ]}
      />
      <Drawer
        open={detail !== null}
        onClose={() => setDetail(null)}
        title={detail ? T.detailTitle(detail.seq) : ''}
        width={720}
        destroyOnHidden
      >
        {detail && (
          <>
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={T.at}>{formatTime(detail.at)}</Descriptions.Item>
              <Descriptions.Item label={T.action}>
                <ActionTag action={detail.action} labels={catalogue.actions} />
              </Descriptions.Item>
              <Descriptions.Item label={T.actor}>{detail.actorName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={T.org}>{detail.orgName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={T.entityType}>
                {entityLabel(detail.entityType, catalogue.entityTypes)}
              </Descriptions.Item>
              <Descriptions.Item label={T.entityId}>{detail.entityId ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={T.clientIp}>{detail.clientIp ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={T.seq}>{detail.seq}</Descriptions.Item>
              <Descriptions.Item label={T.hash} span={2}>
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {detail.hash}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            {detail.withheld && <Alert type="info" showIcon message={T.withheld} style={{ marginTop: 16 }} />}
            <Row gutter={12} style={{ marginTop: 16 }}>
              <Col span={12}>
                <Typography.Title level={5}>{T.before}</Typography.Title>
                <JsonBlock value={detail.before} />
              </Col>
              <Col span={12}>
                <Typography.Title level={5}>{T.after}</Typography.Title>
                <JsonBlock value={detail.after} />
              </Col>
            </Row>
          </>
        )}
      </Drawer>
    </PageContainer>
  );
}

function JsonBlock({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{T.empty}</Typography.Text>;
  return (
    <pre
      style={{
        background: '#f6f8fa',
        border: '1px solid #eaecef',
        borderRadius: 6,
        padding: 12,
        fontSize: 12,
        maxHeight: 480,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        margin: 0,
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
