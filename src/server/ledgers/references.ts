// The references of a record's input, checked before it is written (store.ts): organisations in
// the actor's scope, people who hold the field's roles there (and whom the ledger's own rule allows:
// `assignable`), links to records the actor reads.
import { ROLE_LABELS } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { invalid } from '../errors.ts';
import type { LedgerDef, RecordTypeDef } from './contract.ts';
import { checkLink } from './links.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';

export async function orgPathOf(k: Kdb | Tx, orgId: number): Promise<string | null> {
  const o = await k.selectFrom('org').select('path').where('id', '=', orgId).executeTakeFirst();
  return o?.path ?? null;
}

/**
 * Checks org, user and link references of the input; returns the record organisation's path. A person
 * (a `user` field) must be active and hold one of the field's roles (the ledger's write roles by
 * default) over the record's organisation — at it, above it or inside it — as the people picker
 * offers them (options.ts): never another township's staff or an administrator.
 */
export async function checkReferences(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  values: Record<string, unknown>,
  action: 'create' | 'update',
  currentPath: string | null = null,
  today?: string,
): Promise<string | null> {
  let recordPath: string | null = null;
  for (const f of rt.fields) {
    const v = values[f.name];
    if (v === undefined || v === null || f.type !== 'org') continue;
    const path = await orgPathOf(k, v as number);
    if (!path) throw invalid(`${f.name}: ${M.orgUnknown}`, { [f.name]: M.orgUnknown });
    if (!ledger.policy(actor, action, { orgPath: path })) {
      throw invalid(`${f.name}: ${M.orgOutOfScope}`, { [f.name]: M.orgOutOfScope });
    }
    if (f.name === 'orgId') recordPath = path;
  }
  const scopePath = recordPath ?? currentPath;
  for (const f of rt.fields) {
    const v = values[f.name];
    if (v === undefined || v === null || f.type !== 'user') continue;
    const u = await k
      .selectFrom('appUser')
      .select('id')
      .where('id', '=', v as number)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!u) throw invalid(`${f.name}: ${M.userUnknown}`, { [f.name]: M.userUnknown });
    if (!scopePath) continue;
    const ancestors = scopePath.split('/').filter(Boolean).map(Number);
    const roles = f.roles ?? ledger.access.write;
    const held = await k
      .selectFrom('roleAssignment as ra')
      .select('ra.id')
      .where('ra.userId', '=', v as number)
      .where('ra.role', 'in', [...roles])
      .where((eb) =>
        eb.or([eb('ra.orgId', 'in', ancestors), inOrgSubtree(eb as never, 'ra.orgId' as never, [scopePath])]),
      )
      .executeTakeFirst();
    if (!held) {
      const message = M.userOutOfScope(
        f.label,
        roles.map((r) => ROLE_LABELS[r]),
      );
      throw invalid(`${f.name}: ${message}`, { [f.name]: message });
    }
    // The ledger's own rule on who may be named (an advisor whose 聘期 has ended …).
    const on = (values[rt.dateField] as string | undefined) ?? today;
    const refusal = on
      ? await ledger.assignable?.(k, { type: rt.type, field: f.name, userId: v as number, on })
      : null;
    if (refusal) throw invalid(`${f.name}: ${refusal}`, { [f.name]: refusal });
  }
  for (const f of rt.fields) {
    const v = values[f.name];
    if (v !== undefined && v !== null && f.type === 'link') await checkLink(k, actor, f, v as number);
  }
  return recordPath;
}
