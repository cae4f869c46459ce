// Create and edit a record of any ledger: a ProForm generated from the manifest's fields (those not
// set by workflow steps), with the server's validation errors shown at their fields.
import { PageContainer, ProCard, ProForm } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Result } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  LedgerManifest,
  RecordDetail,
  RecordTypeManifest,
  RecordWithPolicies,
} from '../../../shared/api/ledgers.ts';
import { api } from '../../data/client.ts';
import { showFormError } from '../../form-errors.ts';
import { L } from '../../labels.ts';
import { buildOrgTree } from '../../org-tree.ts';
import { useCurrentUser, useToday } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { findManifest, ledgerPath, pagePath, recordPath, useLedgerManifests } from './api.ts';
import { FieldInput, toApiBody, toFormValues } from './fields.tsx';

const T = L.ledgers;

export function recordKey(kind: string, type: string, id: number) {
  return ['ledgers', kind, type, id] as const;
}

export function useRecord(kind: string, type: string, id: number | null) {
  return useQuery({
    queryKey: recordKey(kind, type, id ?? 0),
    queryFn: () => api.get<RecordDetail>(recordPath(kind, type, id ?? 0)),
    enabled: id !== null,
  });
}

export default function LedgerFormPage() {
  const { kind, type, id } = useParams();
  const manifests = useLedgerManifests();
  const recordId = id ? Number(id) : null;
  const record = useRecord(kind ?? '', type ?? '', recordId);
  if (manifests.isPending || (recordId !== null && record.isPending)) return <PageLoading />;
  const found = findManifest(manifests.data, kind, type);
  if (!found) return <Result status="404" title="404" subTitle={T.notFoundType} />;
  if (recordId !== null && !record.data)
    return <Result status="404" title="404" subTitle={record.error?.message ?? L.errors[404]} />;
  return <LedgerForm ledger={found.ledger} rt={found.rt} record={record.data ?? null} />;
}

function LedgerForm({
  ledger,
  rt,
  record,
}: {
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
  record: RecordDetail | null;
}) {
  const me = useCurrentUser();
  const today = useToday();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { orgId, orgs, withOrg } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const [form] = Form.useForm<Record<string, unknown>>();
  const [params] = useSearchParams();
  const editing = record !== null;
  const fields = rt.fields.filter((f) => !f.workflow);

  const userNames: Record<string, string> = {};
  const linkTitles: Record<string, { id: number; title: string }> = {};
  if (record) {
    for (const f of fields) {
      const v = record.fields[f.name];
      if (f.type === 'user' && typeof v === 'number') userNames[String(v)] = record.display[f.name] ?? '';
      if (f.type === 'link' && typeof v === 'number')
        linkTitles[f.name] = { id: v, title: record.display[f.name] ?? String(v) };
    }
  }

  const initial = useMemo(() => {
    if (record) return toFormValues(fields, record);
    const values: Record<string, unknown> = {};
    const dateField = fields.find((f) => f.name === rt.dateField);
    if (dateField?.type === 'date') values[dateField.name] = today;
    if (fields.some((f) => f.name === 'orgId')) values.orgId = orgId;
    // A form opened from another page may be filled in by the query (督办 from a record or a card).
    for (const f of fields) {
      const v = params.get(f.name);
      if (v !== null && v !== '') values[f.name] = f.type === 'org' || f.type === 'int' ? Number(v) : v;
    }
    return values;
  }, [record, fields, rt.dateField, orgId, today, params]);

  // User fields offer the people of the organisation chosen in the form.
  const formOrg = Form.useWatch('orgId', form) as number | undefined;
  const recordOrg = formOrg ?? (initial.orgId as number | undefined) ?? record?.orgId ?? orgId;

  const submit = async (values: Record<string, unknown>) => {
    try {
      if (record) {
        const body = toApiBody(fields, values, true);
        const before = toApiBody(fields, initial, true);
        const changed: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(body)) {
          if (JSON.stringify(v) !== JSON.stringify(before[key] ?? null)) changed[key] = v;
        }
        await api.patch(recordPath(ledger.kind, rt.type, record.id), changed);
        await queryClient.invalidateQueries({ queryKey: recordKey(ledger.kind, rt.type, record.id) });
        message.success(T.saved);
        navigate(withOrg(pagePath.record(ledger.kind, rt.type, record.id)));
      } else {
        const created = await api.post<RecordWithPolicies>(
          ledgerPath(ledger.kind, rt.type),
          toApiBody(fields, values, false),
        );
        message.success(T.created);
        navigate(withOrg(pagePath.record(ledger.kind, rt.type, created.id)));
      }
      return true;
    } catch (error) {
      showFormError(form, error, message);
      return false;
    }
  };

  const back = () =>
    navigate(
      withOrg(
        record ? pagePath.record(ledger.kind, rt.type, record.id) : pagePath.list(ledger.kind, rt.type),
      ),
    );

  return (
    <PageContainer
      title={record ? T.editTitle(rt.label) : T.createTitle(rt.label)}
      subTitle={record?.title}
      onBack={back}
    >
      <ProCard>
        <ProForm<Record<string, unknown>>
          form={form}
          grid
          rowProps={{ gutter: 24 }}
          layout="vertical"
          initialValues={initial}
          onFinish={submit}
          dateFormatter={(value, valueType) =>
            valueType === 'dateTime' ? value.toISOString() : value.format('YYYY-MM-DD')
          }
          submitter={{
            searchConfig: { submitText: L.common.save },
            render: (_, dom) => (
              <div style={{ display: 'flex', gap: 8 }}>
                {dom[1]}
                <Button onClick={back}>{L.common.cancel}</Button>
              </div>
            ),
          }}
          scrollToFirstError
        >
          {fields.map((f) => (
            <FieldInput
              key={f.name}
              field={f}
              ctx={{
                me,
                orgTree,
                editing,
                userNames,
                linkTitles,
                kind: ledger.kind,
                type: rt.type,
                orgId: recordOrg,
              }}
            />
          ))}
        </ProForm>
      </ProCard>
    </PageContainer>
  );
}
