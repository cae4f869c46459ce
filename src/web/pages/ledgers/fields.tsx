// Field definitions of a manifest → what the pages show and edit: display text of a value, the
// ProForm input of each field type, and the conversion between form values and the API body.
import {
  ProForm,
  ProFormDatePicker,
  ProFormDateTimePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
  ProFormTreeSelect,
} from '@ant-design/pro-components';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { Me } from '../../../shared/api/auth.ts';
import type { Id } from '../../../shared/api/common.ts';
import type { FieldDef, RecordView } from '../../../shared/api/ledgers.ts';
import { L } from '../../labels.ts';
import type { OrgTreeNode } from '../../org-tree.ts';
import { formatTime } from '../admin/table-request.ts';
import { useUserOptions } from './api.ts';
import { AttachmentInput, AttachmentLink } from './attachments.tsx';
import { DocNoInput } from './doc-no.tsx';
import { LinkDisplay, LinkFieldInput } from './link-input.tsx';

const T = L.ledgers;

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Display text (or link) of a field of a record, masked values as the server sent them. */
export function fieldDisplay(f: FieldDef, record: Pick<RecordView, 'fields' | 'display'>): ReactNode {
  const v = record.fields[f.name];
  if (isEmpty(v)) return T.emptyValue;
  const shown = record.display[f.name];
  if (f.type === 'link' && typeof v === 'number') return <LinkDisplay field={f} id={v} title={shown ?? ''} />;
  if (shown !== undefined && shown !== '') return shown;
  switch (f.type) {
    case 'bool':
      return v ? T.yes : T.no;
    case 'datetime':
      return formatTime(String(v));
    case 'decimal':
      return typeof v === 'number' ? v.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(v);
    case 'attachment':
      return typeof v === 'number' ? <AttachmentLink id={v} /> : String(v);
    case 'textarea':
      return <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</Typography.Text>;
    default:
      return String(v);
  }
}

/** Plain text of a field value for tables (no nodes for long text). */
export function fieldText(f: FieldDef, record: Pick<RecordView, 'fields' | 'display'>): ReactNode {
  if (f.type === 'textarea') {
    const v = record.fields[f.name];
    return isEmpty(v) ? T.emptyValue : String(v);
  }
  return fieldDisplay(f, record);
}

export interface FieldContext {
  me: Me;
  orgTree: OrgTreeNode[];
  /** Editing an existing record: sensitive fields are left blank and kept unless retyped. */
  editing: boolean;
  /** Current display names of user fields (so the select shows who is assigned). */
  userNames?: Record<string, string>;
  /** Current targets of link fields by field name (so the picker shows what is linked). */
  linkTitles?: Record<string, { id: number; title: string }>;
  /** The ledger, record type and record organisation: user fields offer the people of that
   * organisation who may be named (GET …/options/:field). */
  kind: string;
  type: string;
  orgId?: Id | null;
}

const maxLength: Partial<Record<FieldDef['type'], number>> = {
  text: 200,
  person: 50,
  phone: 20,
  idcard: 18,
  textarea: 4000,
};

/** The ProForm input of one field. */
export function FieldInput({ field: f, ctx, wide }: { field: FieldDef; ctx: FieldContext; wide?: boolean }) {
  const keepBlank = ctx.editing && f.sensitive;
  const required = f.required && !keepBlank;
  const rules = required
    ? [
        {
          required: true,
          message:
            f.type === 'enum' ||
            f.type === 'org' ||
            f.type === 'user' ||
            f.type === 'link' ||
            f.type === 'date'
              ? L.common.requiredSelect(f.label)
              : L.common.required(f.label),
        },
      ]
    : [];
  const common = {
    name: f.name,
    label: f.label,
    rules,
    tooltip: f.help,
    extra: keepBlank ? T.sensitiveKeep : undefined,
    colProps: { span: wide || f.type === 'textarea' ? 24 : 12 },
  };
  if (f.hidden) return <ProFormText {...common} hidden />;
  switch (f.type) {
    case 'textarea':
      return (
        <ProFormTextArea
          {...common}
          fieldProps={{
            autoSize: { minRows: 3, maxRows: 10 },
            maxLength: f.max ?? maxLength.textarea,
            showCount: true,
          }}
        />
      );
    case 'date':
      return <ProFormDatePicker {...common} width="100%" fieldProps={{ style: { width: '100%' } }} />;
    case 'datetime':
      return <ProFormDateTimePicker {...common} fieldProps={{ style: { width: '100%' } }} />;
    case 'int':
      return <ProFormDigit {...common} min={0} fieldProps={{ precision: 0, style: { width: '100%' } }} />;
    case 'decimal':
      return <ProFormDigit {...common} min={0} fieldProps={{ precision: 2, style: { width: '100%' } }} />;
    case 'enum':
      return (
        <ProFormSelect
          {...common}
          options={f.options ?? []}
          fieldProps={{ showSearch: true, optionFilterProp: 'label', allowClear: !f.required }}
        />
      );
    case 'bool':
      return <ProFormSwitch {...common} checkedChildren={T.yes} unCheckedChildren={T.no} />;
    case 'org':
      return (
        <ProFormTreeSelect
          {...common}
          fieldProps={{
            treeData: ctx.orgTree,
            showSearch: true,
            treeNodeFilterProp: 'title',
            treeDefaultExpandAll: true,
            allowClear: !f.required,
          }}
        />
      );
    case 'user':
      return <UserFieldInput field={f} ctx={ctx} common={common} />;
    case 'link':
      return (
        <LinkFieldInput
          field={f}
          kind={ctx.kind}
          type={ctx.type}
          currentTitle={ctx.linkTitles?.[f.name]}
          common={common}
        />
      );
    case 'attachment':
      return (
        <ProForm.Item name={f.name} label={f.label} rules={rules} tooltip={f.help}>
          <AttachmentInput />
        </ProForm.Item>
      );
    default:
      if (f.docNo) return <DocNoInput name={f.name} ctx={ctx} common={common} />;
      return (
        <ProFormText
          {...common}
          placeholder={keepBlank ? T.sensitiveKeepPlaceholder : undefined}
          fieldProps={{ maxLength: f.max ?? maxLength[f.type], autoComplete: 'off' }}
        />
      );
  }
}

/** A user field: the people the server offers for the record's organisation (name, unit, roles,
 * and the ledger's hint such as the certificate), plus whoever the record names already. */
function UserFieldInput({
  field: f,
  ctx,
  common,
}: {
  field: FieldDef;
  ctx: FieldContext;
  common: Record<string, unknown>;
}) {
  const query = useUserOptions(ctx.kind, ctx.type, f.name, ctx.orgId);
  const offered = query.data ?? [];
  const options = offered.map((o) => ({
    value: o.value,
    label: o.value === ctx.me.id ? T.userSelf(o.label) : o.label,
    detail: [o.orgName, o.roles.join('、'), o.hint].filter(Boolean).join(' · '),
  }));
  for (const [id, name] of Object.entries(ctx.userNames ?? {})) {
    if (name && !options.some((o) => o.value === Number(id)))
      options.push({ value: Number(id), label: name, detail: T.userNotOffered });
  }
  return (
    <ProFormSelect
      {...common}
      options={options}
      fieldProps={{
        allowClear: !f.required,
        showSearch: true,
        optionFilterProp: 'label',
        loading: query.isPending,
        notFoundContent: query.isPending ? L.common.loading : T.userNone,
        optionRender: (o: { data: { label?: ReactNode; detail?: string } }) => (
          <div>
            <div>{o.data.label}</div>
            {o.data.detail && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.data.detail}
              </Typography.Text>
            )}
          </div>
        ),
      }}
    />
  );
}

/** Form values of a record for its edit form (sensitive fields left blank). */
export function toFormValues(fields: FieldDef[], record: RecordView): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.sensitive) continue;
    const v = record.fields[f.name];
    if (isEmpty(v)) continue;
    out[f.name] = f.type === 'bool' ? Boolean(v) : v;
  }
  return out;
}

function toApiValue(f: FieldDef, v: unknown): unknown {
  if (isEmpty(v)) return undefined;
  if (dayjs.isDayjs(v)) return f.type === 'datetime' ? v.toISOString() : v.format('YYYY-MM-DD');
  if (f.type === 'date' && typeof v === 'string') return v.slice(0, 10);
  if (f.type === 'bool') return Boolean(v);
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  return v;
}

/**
 * The API body of a form. Creating: empty values are left out. Editing: a cleared value is sent as
 * null (so it can be removed), except a blank sensitive field, which keeps what is stored.
 */
export function toApiBody(
  fields: FieldDef[],
  values: Record<string, unknown>,
  editing: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!(f.name in values)) continue;
    const v = toApiValue(f, values[f.name]);
    if (v !== undefined) out[f.name] = v;
    else if (f.type === 'bool') out[f.name] = false;
    else if (editing && !f.sensitive) out[f.name] = null;
  }
  return out;
}
