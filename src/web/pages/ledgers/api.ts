// The queries and paths the ledger pages share; the shapes of the generic ledger API are
// src/shared/api/ledgers.ts. Every ledger page is driven by the manifests, so a newly registered
// ledger gets its list, detail, form, import and export without web code of its own.
import { useQuery } from '@tanstack/react-query';
import type { Id } from '../../../shared/api/common.ts';
import type {
  LedgerManifest,
  LedgerManifestList,
  RecordTypeManifest,
  UserOptionList,
} from '../../../shared/api/ledgers.ts';
import { api } from '../../data/client.ts';

export const manifestsKey = ['ledgers', 'manifests'] as const;

/** The ledgers the signed-in user may read (empty for administrators: 三员分立). */
export function useLedgerManifests(enabled = true) {
  return useQuery({
    queryKey: manifestsKey,
    queryFn: () => api.get<LedgerManifestList>('/api/ledgers').then((r) => r.items),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function findManifest(
  manifests: LedgerManifest[] | undefined,
  kind: string | undefined,
  type: string | undefined,
): { ledger: LedgerManifest; rt: RecordTypeManifest } | null {
  const ledger = manifests?.find((l) => l.kind === kind);
  const rt = ledger?.recordTypes.find((r) => r.type === type);
  return ledger && rt ? { ledger, rt } : null;
}

export const ledgerPath = (kind: string, type: string) => `/api/ledgers/${kind}/${type}`;
export const recordPath = (kind: string, type: string, id: Id) => `/api/ledgers/${kind}/${type}/${id}`;

/** Page paths of the workbench. */
export const pagePath = {
  list: (kind: string, type: string) => `/ledgers/${kind}/${type}`,
  record: (kind: string, type: string, id: Id) => `/ledgers/${kind}/${type}/${id}`,
  create: (kind: string, type: string) => `/ledgers/${kind}/${type}/new`,
  edit: (kind: string, type: string, id: Id) => `/ledgers/${kind}/${type}/${id}/edit`,
};

/**
 * The people a user field may name for a record of `orgId`: active users of that organisation who
 * hold a suitable role (for enforcement officers: a certificate valid today), scoped by the server.
 */
export function useUserOptions(kind: string, type: string, field: string, orgId: Id | null | undefined) {
  return useQuery({
    queryKey: ['ledgers', kind, type, 'options', field, orgId ?? null],
    queryFn: () =>
      api
        .get<UserOptionList>(`${ledgerPath(kind, type)}/options/${field}`, {
          org: orgId ?? undefined,
        })
        .then((r) => r.items),
    staleTime: 60_000,
  });
}
