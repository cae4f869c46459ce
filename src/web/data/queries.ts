// Shared queries of the shell: the signed-in user and the organisation tree.
import { useQuery } from '@tanstack/react-query';
import { api, auth } from './client.ts';
import type { MeResponse, Org } from './types.ts';

export const meKey = ['auth', 'me'] as const;
export const orgsKey = ['orgs'] as const;

export function useMe() {
  return useQuery<MeResponse>({ queryKey: meKey, queryFn: auth.me, retry: false, staleTime: 5 * 60_000 });
}

export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: orgsKey,
    queryFn: () => api.get<{ items: Org[] }>('/api/orgs').then((r) => r.items),
    staleTime: 60_000,
    enabled,
  });
}
