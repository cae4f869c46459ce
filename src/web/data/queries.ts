// Shared queries of the shell: the signed-in user and the organisation tree.
import { useQuery } from '@tanstack/react-query';
import { api, auth } from './client.ts';
import type { MeResponse } from '../../shared/api/auth.ts';
import type { Org, OrgList } from '../../shared/api/admin.ts';

export const meKey = ['auth', 'me'] as const;
export const orgsKey = ['orgs'] as const;

export function useMe() {
  return useQuery<MeResponse>({ queryKey: meKey, queryFn: auth.me, retry: false, staleTime: 5 * 60_000 });
}

export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: orgsKey,
    queryFn: () => api.get<OrgList>('/api/orgs').then((r) => r.items),
    staleTime: 60_000,
    enabled,
  });
}
