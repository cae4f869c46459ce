// The people a `user` field of a ledger may name (GET /api/ledgers/<kind>/<type>/options/<field>):
// active users who hold one of the field's roles over the record's organisation (at it, above it
// or inside its subtree), within the caller's reading scope, so another township's staff never
// appear. A ledger may narrow the list further (enforcement: officers whose certificate is valid).
import { ROLE_LABELS, type Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree, pathInScope } from '../db/scope.ts';
import { notFound } from '../errors.ts';
import type { LedgerDef, RecordTypeDef } from './contract.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';
import { assertLedgerAccess, orgPathOf } from './store.ts';

export interface UserOption {
  value: number;
  label: string;
  orgName: string;
  /** Chinese labels of the roles that qualify the person. */
  roles: string[];
  /** What the ledger says beside the name (执法证号、有效期 …), or null. */
  hint: string | null;
}

export async function userOptions(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  fieldName: string,
  org: number | undefined,
  today: string,
): Promise<UserOption[]> {
  const paths = assertLedgerAccess(actor, ledger);
  const field = rt.fields.find((f) => f.name === fieldName);
  if (field?.type !== 'user' || !field) throw notFound(M.noUserField(fieldName));
  const recordPath = await orgPathOf(k, org ?? actor.orgId);
  if (!recordPath || !pathInScope(recordPath, paths)) throw notFound('机构');
  const ancestors = recordPath
    .split('/')
    .filter((x) => x !== '')
    .map(Number);
  const roles: readonly Role[] = field.roles ?? ledger.access.write;
  const rows = await k
    .selectFrom('roleAssignment as ra')
    .innerJoin('appUser as u', 'u.id', 'ra.userId')
    .innerJoin('org as o', 'o.id', 'u.orgId')
    .select(['u.id as id', 'u.displayName as displayName', 'o.name as orgName', 'ra.role as role'])
    .where('u.active', '=', 1)
    .where('ra.role', 'in', [...roles])
    .where((eb) => inOrgSubtree(eb as never, 'ra.orgId' as never, paths))
    .where((eb) =>
      eb.or([eb('ra.orgId', 'in', ancestors), inOrgSubtree(eb as never, 'ra.orgId' as never, [recordPath])]),
    )
    .orderBy('u.displayName')
    .orderBy('u.id')
    .execute();
  const allowed = (await ledger.options?.(k, { type: rt.type, field, today })) ?? null;
  const byId = new Map<number, UserOption>();
  for (const r of rows) {
    if (allowed && !allowed.has(r.id)) continue;
    const label = ROLE_LABELS[r.role as Role] ?? r.role;
    const seen = byId.get(r.id);
    if (seen) {
      if (!seen.roles.includes(label)) seen.roles.push(label);
      continue;
    }
    byId.set(r.id, {
      value: r.id,
      label: r.displayName,
      orgName: r.orgName,
      roles: [label],
      hint: allowed?.get(r.id) || null,
    });
  }
  return [...byId.values()];
}
