// Organisations: the county → township/street → village/community → grid tree, kept as a
// materialised path ("/1/4/17/") so every scoped query is one LIKE on an indexed column.
import { randomUUID } from 'node:crypto';
import { ORG_CHILD_KINDS, ORG_KIND_LABELS, type OrgKind } from '../../shared/roles.ts';
import {
  type OrgCreateInput,
  type OrgUpdateInput,
  orgCreateSchema,
  orgUpdateSchema,
} from '../../shared/schemas/admin.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import type { Org } from '../db/types.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ORG_MESSAGES as M } from './messages.ts';
import { authorize, orgReadPaths } from './policy.ts';
import { isUniqueViolation } from './sql-util.ts';
import { parseInput } from './validate.ts';

export interface OrgView {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: OrgKind;
  path: string;
  active: boolean;
}

export function presentOrg(o: Org): OrgView {
  return {
    id: o.id,
    parentId: o.parentId,
    code: o.code,
    name: o.name,
    kind: o.kind as OrgKind,
    path: o.path,
    active: o.active === 1,
  };
}

/** One organisation the actor may see, or 404. */
export async function getOrg(k: Kdb | Tx, actor: Actor, id: number): Promise<OrgView> {
  return presentOrg(await findOrg(k, actor, id));
}

export async function findOrg(k: Kdb | Tx, actor: Actor, id: number): Promise<Org> {
  const paths = orgReadPaths(actor);
  const org = await k
    .selectFrom('org')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => inOrgSubtree(eb, 'org.id', paths))
    .executeTakeFirst();
  if (!org) throw notFound(M.what);
  return org;
}

export async function listOrgs(k: Kdb, actor: Actor): Promise<OrgView[]> {
  const paths = orgReadPaths(actor);
  const rows = await k
    .selectFrom('org')
    .selectAll()
    .where((eb) => inOrgSubtree(eb, 'org.id', paths))
    .orderBy('path')
    .execute();
  return rows.map(presentOrg);
}

async function assertUniqueCode(tx: Tx, code: string, exceptId?: number): Promise<void> {
  let q = tx.selectFrom('org').select('id').where('code', '=', code);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw conflict('ORG_CODE_TAKEN', M.codeTaken(code), { fields: { code: M.codeTaken(code) } });
}

async function assertUniqueName(
  tx: Tx,
  parentId: number | null,
  name: string,
  exceptId?: number,
): Promise<void> {
  let q = tx.selectFrom('org').select('id').where('name', '=', name);
  q = parentId === null ? q.where('parentId', 'is', null) : q.where('parentId', '=', parentId);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw conflict('ORG_NAME_TAKEN', M.nameTaken(name), { fields: { name: M.nameTaken(name) } });
}

export async function createOrg(tx: Tx, actor: Actor, input: OrgCreateInput): Promise<OrgView> {
  const data = parseInput(orgCreateSchema, input);
  let parent: Org | null = null;
  if (data.parentId === null) {
    // A new root (another county) is the operator's act: no assignment lies above it.
    authorize(actor, 'org.create', { orgPath: '/' });
    if (data.kind !== 'county') throw invalid(M.rootKind, { kind: M.rootKind });
  } else {
    parent = await findOrg(tx, actor, data.parentId);
    authorize(actor, 'org.create', { orgPath: parent.path });
    if (parent.active !== 1) throw conflict('ORG_INACTIVE', M.parentInactive);
    const allowed = ORG_CHILD_KINDS[parent.kind as OrgKind] ?? [];
    if (!allowed.includes(data.kind)) {
      const msg = M.kindNotAllowed(
        ORG_KIND_LABELS[data.kind],
        ORG_KIND_LABELS[parent.kind as OrgKind] ?? parent.kind,
      );
      throw invalid(msg, { kind: msg });
    }
  }
  await assertUniqueCode(tx, data.code);
  await assertUniqueName(tx, data.parentId, data.name);
  const now = new Date().toISOString();
  let id: number;
  try {
    const row = await tx
      .insertInto('org')
      .values({
        parentId: data.parentId,
        code: data.code,
        name: data.name,
        kind: data.kind,
        // The path needs the new id; a unique placeholder holds its place for one statement.
        path: `tmp:${randomUUID()}`,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('ORG_CODE_TAKEN', M.codeTaken(data.code));
    throw err;
  }
  const path = `${parent ? parent.path : '/'}${id}/`;
  await tx.updateTable('org').set({ path }).where('id', '=', id).execute();
  const org = presentOrg(
    await tx.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
  await recordAudit(tx, actor, {
    action: 'org.create',
    orgId: id,
    entityType: 'org',
    entityId: id,
    after: org,
  });
  return org;
}

export async function updateOrg(tx: Tx, actor: Actor, id: number, patch: OrgUpdateInput): Promise<OrgView> {
  const data = parseInput(orgUpdateSchema, patch);
  const org = await findOrg(tx, actor, id);
  authorize(actor, 'org.update', { orgPath: org.path });
  const changes: Partial<Pick<Org, 'name' | 'code' | 'active'>> = {};
  if (data.name !== undefined && data.name !== org.name) {
    await assertUniqueName(tx, org.parentId, data.name, id);
    changes.name = data.name;
  }
  if (data.code !== undefined && data.code !== org.code) {
    await assertUniqueCode(tx, data.code, id);
    changes.code = data.code;
  }
  if (data.active !== undefined && (data.active ? 1 : 0) !== org.active) {
    if (data.active) {
      if (org.parentId !== null) {
        const parent = await tx
          .selectFrom('org')
          .select('active')
          .where('id', '=', org.parentId)
          .executeTakeFirstOrThrow();
        if (parent.active !== 1) throw conflict('ORG_INACTIVE', M.parentInactive);
      }
    } else {
      // Deactivating one's own organisation (or an ancestor) would end one's own administration.
      if (!actor.system && actor.orgPath.startsWith(org.path)) throw conflict('ORG_IS_OWN', M.ownOrg);
      const child = await tx
        .selectFrom('org')
        .select('id')
        .where('parentId', '=', id)
        .where('active', '=', 1)
        .executeTakeFirst();
      if (child) throw conflict('ORG_HAS_ACTIVE_CHILDREN', M.hasActiveChildren);
    }
    changes.active = data.active ? 1 : 0;
  }
  if (Object.keys(changes).length === 0) return presentOrg(org);
  try {
    await tx.updateTable('org').set(changes).where('id', '=', id).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('ORG_CODE_TAKEN', M.codeTaken(changes.code ?? org.code));
    throw err;
  }
  const before = Object.fromEntries(
    Object.keys(changes).map((key) => [key, presentOrg(org)[key as keyof OrgView]]),
  );
  const updated = presentOrg(
    await tx.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
  const after = Object.fromEntries(Object.keys(changes).map((key) => [key, updated[key as keyof OrgView]]));
  await recordAudit(tx, actor, {
    action: 'org.update',
    orgId: id,
    entityType: 'org',
    entityId: id,
    before,
    after,
  });
  return updated;
}
