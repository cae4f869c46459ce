// A link field: a searchable picker over the target ledger's records in the user's scope (by title
// or number, searched on the server), and the linked record's title shown as a link.
import { ProFormSelect } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { FieldDef, LinkOptionList } from '../../../shared/api/ledgers.ts';
import { api } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { findManifest, ledgerPath, pagePath, useLedgerManifests } from './api.ts';

const T = L.ledgers;

/**
 * The linked record's title as a link to its page (the server sent the title in `display`); plain
 * text when the user may not read that ledger's records (the legal advisor sees the title of the
 * document it reviews, not a link to a page it would be refused).
 */
export function LinkDisplay({ field: f, id, title }: { field: FieldDef; id: number; title: string }) {
  const manifests = useLedgerManifests();
  if (!f.link) return title;
  const target = findManifest(manifests.data, f.link.ledger, f.link.type);
  if (!target) return title || T.linkMissing;
  return <Link to={pagePath.record(f.link.ledger, f.link.type, id)}>{title || T.linkMissing}</Link>;
}

/** The records a link field may name, searched by title or number (at most 20, newest first). */
function useLinkOptions(kind: string, type: string, field: string, q: string) {
  return useQuery({
    queryKey: ['ledgers', kind, type, 'links', field, q],
    queryFn: () =>
      api
        .get<LinkOptionList>(`${ledgerPath(kind, type)}/links/${field}`, { q: q || undefined })
        .then((r) => r.items),
    staleTime: 30_000,
  });
}

export function LinkFieldInput({
  field: f,
  kind,
  type,
  currentTitle,
  common,
}: {
  field: FieldDef;
  kind: string;
  type: string;
  /** The title of the record linked now (editing), so the picker shows it before any search. */
  currentTitle?: { id: number; title: string };
  common: Record<string, unknown>;
}) {
  const [q, setQ] = useState('');
  const query = useLinkOptions(kind, type, f.name, q);
  const options = (query.data ?? []).map((o) => ({
    value: o.value,
    label: o.number ? `${o.label}（${o.number}）` : o.label,
    detail: [o.orgName, o.stateLabel].join(' · '),
  }));
  if (currentTitle && !options.some((o) => o.value === currentTitle.id)) {
    options.unshift({ value: currentTitle.id, label: currentTitle.title, detail: T.linkCurrent });
  }
  return (
    <ProFormSelect
      {...common}
      options={options}
      placeholder={T.linkPlaceholder}
      fieldProps={{
        allowClear: !f.required,
        showSearch: true,
        filterOption: false,
        onSearch: setQ,
        loading: query.isPending,
        notFoundContent: query.isPending ? L.common.loading : T.linkNone,
        optionRender: (o: { data: { label?: ReactNode; detail?: string } }) => (
          <div>
            <div>{o.data.label}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.detail}
            </Typography.Text>
          </div>
        ),
      }}
    />
  );
}
