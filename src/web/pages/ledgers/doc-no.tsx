// A document number field (案号, 文号: `docNo` in the manifest): the form offers the organisation's
// next free number (GET …/numbers/:field), fills it in while the field is empty, and follows the
// organisation when the user changes it; the server refuses a duplicate with the next free one.
import { ProFormText } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Form, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { Id } from '../../../shared/api/common.ts';
import type { NextNumber } from '../../../shared/api/ledgers.ts';
import { api } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { ledgerPath } from './api.ts';

const T = L.ledgers;

export function DocNoInput({
  name,
  ctx,
  common,
}: {
  name: string;
  /** The record type and organisation whose numbers are offered; `editing` keeps the stored one. */
  ctx: { kind: string; type: string; orgId?: Id | null; editing: boolean };
  common: Record<string, unknown>;
}) {
  const form = Form.useFormInstance();
  const value = Form.useWatch(name, form) as string | undefined;
  const suggestion = useQuery({
    queryKey: ['ledgers', ctx.kind, ctx.type, 'numbers', name, ctx.orgId ?? null],
    queryFn: () =>
      api.get<NextNumber>(`${ledgerPath(ctx.kind, ctx.type)}/numbers/${name}`, {
        org: ctx.orgId ?? undefined,
      }),
    staleTime: 0,
  });
  const next = suggestion.data?.next ?? null;
  // The number this form filled in itself (replaced when the organisation changes).
  const filled = useRef<string | null>(null);
  useEffect(() => {
    if (!next || ctx.editing) return;
    const current = form.getFieldValue(name) as string | undefined;
    if (!current || current === filled.current) {
      form.setFieldValue(name, next);
      filled.current = next;
    }
  }, [next, ctx.editing, form, name]);

  const extra =
    next && value !== next ? (
      <span>
        {T.docNoNext(next)}{' '}
        <Typography.Link
          onClick={() => {
            form.setFields([{ name, value: next, errors: [] }]);
            filled.current = next;
          }}
          data-testid={`docno-use-${name}`}
        >
          {T.docNoUse}
        </Typography.Link>
      </span>
    ) : (
      T.docNoHint
    );
  return <ProFormText {...common} extra={extra} fieldProps={{ maxLength: 60, autoComplete: 'off' }} />;
}
