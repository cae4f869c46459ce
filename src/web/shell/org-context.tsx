// The organisation the user is working on, chosen in the header switcher. It lives in the URL
// (?org=<id>) so a link or a reload keeps it, and defaults to the user's own organisation.
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Org } from '../../shared/api/admin.ts';
import type { Id } from '../../shared/api/common.ts';
import { useOrgs } from '../data/queries.ts';
import { useCurrentUser } from './current-user.ts';

interface OrgState {
  /** The selected organisation id (the user's own organisation unless switched). */
  orgId: Id;
  /** The selected organisation, once the org list has loaded. */
  org: Org | undefined;
  /** Every organisation the user can see (their subtree), path-ordered. */
  orgs: Org[];
  /** True when the user switched away from their own organisation. */
  switched: boolean;
  setOrgId: (id: Id) => void;
  /** A link target that keeps the selected organisation. */
  withOrg: (path: string) => string;
}

const OrgContext = createContext<OrgState | null>(null);

export function OrgProvider({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const orgsQuery = useOrgs();
  const [params, setParams] = useSearchParams();
  const orgs = orgsQuery.data ?? [];
  const requested = Number(params.get('org')) || null;
  // Ignore an id from the URL that is not in the caller's subtree (the server would refuse anyway).
  const orgId =
    requested && (orgsQuery.isPending || orgs.some((o) => o.id === requested)) ? requested : me.orgId;

  const setOrgId = useCallback(
    (id: Id) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (id === me.orgId) next.delete('org');
          else next.set('org', String(id));
          return next;
        },
        { replace: false },
      );
    },
    [me.orgId, setParams],
  );

  const value = useMemo<OrgState>(
    () => ({
      orgId,
      org: orgs.find((o) => o.id === orgId),
      orgs,
      switched: orgId !== me.orgId,
      setOrgId,
      withOrg: (path) => (orgId !== me.orgId ? `${path}?org=${orgId}` : path),
    }),
    [orgId, orgs, me.orgId, setOrgId],
  );
  return <OrgContext.Provider value={value}>{children}</OrgContext.Provider>;
}

export function useSelectedOrg(): OrgState {
  const state = useContext(OrgContext);
  if (!state) throw new Error('useSelectedOrg outside OrgProvider');
  return state;
}
