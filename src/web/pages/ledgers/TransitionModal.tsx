// One workflow step of a record: the fields the step sets, the day it takes effect, a note and
// evidence. A refusal of the server (409 WORKFLOW_REFUSED) is shown with its rule and the article.
import { ModalForm, ProForm, ProFormDatePicker, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Descriptions, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type {
  LedgerManifest,
  RecordDetail,
  RecordTypeManifest,
  StepReadiness,
  TransitionDef,
} from '../../../shared/api/ledgers.ts';
import { ApiError, api } from '../../data/client.ts';
import { showFormError } from '../../form-errors.ts';
import { L } from '../../labels.ts';
import { buildOrgTree } from '../../org-tree.ts';
import { useCurrentUser, useToday } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { recordPath } from './api.ts';
import { AttachmentsInput } from './attachments.tsx';
import { FieldInput, toApiBody } from './fields.tsx';
import { StepNeeds } from './StepActions.tsx';

const T = L.ledgers;

export interface Refusal {
  rule: string;
  basis: string;
}

export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof ApiError && error.code === 'WORKFLOW_REFUSED') {
    const { rule, basis } = error.details as { rule?: unknown; basis?: unknown };
    return {
      rule: typeof rule === 'string' ? rule : error.message,
      basis: typeof basis === 'string' ? basis : '',
    };
  }
  return null;
}

export function RefusalAlert({ refusal }: { refusal: Refusal }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid="workflow-refusal"
      message={T.refusedTitle}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'rule', label: T.refusedRule, children: refusal.rule },
            ...(refusal.basis ? [{ key: 'basis', label: T.refusedBasis, children: refusal.basis }] : []),
          ]}
        />
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function TransitionModal(props: {
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
  record: RecordDetail;
  transition: TransitionDef;
  /** What the step needs, as the server evaluated it for the record (StepActions). */
  readiness?: StepReadiness;
  onClose: () => void;
  onDone: () => void;
}) {
  const { ledger, rt, record, transition: t } = props;
  const me = useCurrentUser();
  const today = useToday();
  const { message } = App.useApp();
  const { orgs } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const [form] = Form.useForm<Record<string, unknown>>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const required = new Set(t.required ?? []);
  const fields = t.fields
    .map((name) => rt.fields.find((f) => f.name === name))
    .filter((f): f is NonNullable<typeof f> => f !== undefined)
    .map((f) => ({ ...f, required: required.has(f.name) }));
  // A required date the form asks for starts on today (China time), as the step's own day does.
  const initialValues: Record<string, unknown> = { on: today };
  for (const f of fields) if (f.type === 'date' && f.required) initialValues[f.name] = today;
  const userNames: Record<string, string> = {};
  for (const f of fields) {
    const v = record.fields[f.name];
    if (f.type === 'user' && typeof v === 'number') userNames[String(v)] = record.display[f.name] ?? '';
  }

  return (
    <ModalForm<Record<string, unknown>>
      title={`${t.label}：${record.title}`}
      open
      form={form}
      width={640}
      grid
      rowProps={{ gutter: 16 }}
      modalProps={{ destroyOnHidden: true, onCancel: props.onClose, maskClosable: false }}
      initialValues={initialValues}
      dateFormatter={(value) => value.format('YYYY-MM-DD')}
      submitter={{ searchConfig: { submitText: t.label, resetText: L.common.cancel } }}
      onFinish={async (values) => {
        setRefusal(null);
        try {
          await api.post(`${recordPath(ledger.kind, rt.type, record.id)}/transitions/${t.id}`, {
            fields: toApiBody(fields, values, false),
            note: typeof values.note === 'string' && values.note.trim() ? values.note.trim() : undefined,
            attachmentIds: (values.attachmentIds as number[] | undefined) ?? [],
            on: typeof values.on === 'string' ? values.on : undefined,
          });
          message.success(T.transitionDone(t.label));
          props.onDone();
          props.onClose();
          return true;
        } catch (error) {
          const r = refusalOf(error);
          if (r) setRefusal(r);
          else showFormError(form, error, message);
          return false;
        }
      }}
    >
      {refusal && (
        <div style={{ width: '100%', paddingInline: 8 }}>
          <RefusalAlert refusal={refusal} />
        </div>
      )}
      {t.basis && (
        <Typography.Paragraph type="secondary" style={{ width: '100%', paddingInline: 8 }}>
          {T.basis(t.basis)}
        </Typography.Paragraph>
      )}
      <div style={{ width: '100%', paddingInline: 8, marginBottom: 12 }}>
        <StepNeeds rt={rt} t={t} readiness={props.readiness} />
      </div>
      {fields.map((f) => (
        <FieldInput
          key={f.name}
          field={f}
          ctx={{
            me,
            orgTree,
            editing: false,
            userNames,
            kind: ledger.kind,
            type: rt.type,
            orgId: record.orgId,
          }}
        />
      ))}
      <ProFormDatePicker
        name="on"
        label={T.on}
        tooltip={T.onHint}
        colProps={{ span: 12 }}
        fieldProps={{
          style: { width: '100%' },
          disabledDate: (d: dayjs.Dayjs) => d.isAfter(dayjs(today), 'day'),
        }}
      />
      <ProFormTextArea
        name="note"
        label={T.note}
        colProps={{ span: 24 }}
        placeholder={T.notePlaceholder}
        fieldProps={{ autoSize: { minRows: 2, maxRows: 6 }, maxLength: 2000 }}
      />
      <ProForm.Item name="attachmentIds" label={T.attachments} style={{ width: '100%', paddingInline: 8 }}>
        <AttachmentsInput orgId={record.orgId} />
      </ProForm.Item>
    </ModalForm>
  );
}
