// 门户内容完整性: the portal's index of published items (portal_item) with the SM3 hash of each taken
// when the application published it. `syncPortal` keeps the index in step with what is served: new
// items are hashed at first sight, items no longer served (withdrawn, unpublished) leave it, and
// only the items the application itself has just changed are hashed again. `checkPortal` recomputes
// what would be served and names every item whose hash no longer matches: something changed it
// behind the application (real township sites have had gambling spam injected into their reports).
// The scheduled self-check marks those items, and they are red cards on the township's board.

import { type Insertable, sql } from 'kysely';
import { REPORT_ORG_KINDS } from '../annual-report/workflow.ts';
import type { BoardSource } from '../board/source.ts';
import { scopePaths } from '../core/policy.ts';
import type { Kdb } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { contentHash, REPORT_KIND, type ServedItem, servedItems } from './items.ts';
import type { PortalOrg } from './reports.ts';

export interface PortalItemTable {
  id: import('kysely').Generated<number>;
  orgId: number;
  ref: string;
  kind: string;
  title: string;
  body: string;
  path: string;
  year: number | null;
  category: string | null;
  publishedOn: string | null;
  sm3: string;
  hashedAt: string;
  tamperedSince: string | null;
}

declare module '../db/types.ts' {
  interface Database {
    portalItem: PortalItemTable;
  }
}

export const TAMPER_LABEL = '门户内容被篡改';

const orgColumns = ['id', 'code', 'name', 'kind', 'parentId'] as const;

/** The active townships and streets (the organisations with portal pages), or one of them. */
export async function portalOrgs(k: Kdb, orgId?: number): Promise<PortalOrg[]> {
  let q = k
    .selectFrom('org')
    .select(orgColumns)
    .where('kind', 'in', REPORT_ORG_KINDS)
    .where('active', '=', 1);
  if (orgId !== undefined) q = q.where('id', '=', orgId);
  return q.orderBy('code').execute();
}

const indexValues = (org: PortalOrg, item: ServedItem) => ({
  orgId: org.id,
  ref: item.ref,
  kind: item.kind,
  title: item.title,
  body: item.body,
  path: item.path,
  year: item.year,
  category: item.category,
  publishedOn: item.publishedOn,
});

/**
 * Rows per statement when the index is written in bulk (the first indexing, a large sync): an INSERT
 * of 500 rows binds 6,000 values, an UPDATE of 500 moved items 2,000, within SQLite's 32,766 and
 * PostgreSQL's 65,535 parameters.
 */
export const INDEX_BATCH = 500;

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

interface Moved {
  id: number;
  path: string;
  year: number | null;
  publishedOn: string | null;
}

/** Sets each moved item's path, year and publication date: one UPDATE per batch, by CASE on the id. */
async function moveItems(k: Kdb, moved: readonly Moved[], batch: number): Promise<void> {
  for (const part of chunks(moved, batch)) {
    const byId = <T>(col: 'path' | 'year' | 'publishedOn', type: 'text' | 'integer') =>
      sql<T>`CASE ${sql.ref('id')} ${sql.join(
        part.map((m) => sql`WHEN ${m.id} THEN CAST(${m[col]} AS ${sql.raw(type)})`),
        sql` `,
      )} ELSE ${sql.ref(col)} END`;
    await k
      .updateTable('portalItem')
      .set({
        path: byId<string>('path', 'text'),
        year: byId<number | null>('year', 'integer'),
        publishedOn: byId<string | null>('publishedOn', 'text'),
      })
      .where(
        'id',
        'in',
        part.map((m) => m.id),
      )
      .execute();
  }
}

interface SyncOptions {
  /** The items (refs) the application has just published or changed: their text and hash are taken anew. */
  rehash?: ReadonlySet<string>;
  /** Rows per statement (INDEX_BATCH; tests use a small one to cross batch boundaries). */
  batch?: number;
}

/**
 * Brings an organisation's index in step with `served` (what it serves today) and, with `check`,
 * returns the items whose served content no longer matches the hash taken at publication (what
 * checkPortal would name after the sync). The stored hashes are read in one query; new items are
 * inserted and moved items updated in batches.
 */
async function syncServed(
  k: Kdb,
  org: PortalOrg,
  served: readonly ServedItem[],
  at: string,
  opts: SyncOptions & { check?: boolean },
): Promise<ChangedItem[]> {
  const rehash = opts.rehash ?? new Set<string>();
  const batch = opts.batch ?? INDEX_BATCH;
  const stored = await k
    .selectFrom('portalItem')
    .select(['id', 'ref', 'kind', 'title', 'path', 'year', 'publishedOn', 'sm3'])
    .where('orgId', '=', org.id)
    .execute();
  const byRef = new Map(stored.map((s) => [s.ref, s]));
  const servedRefs = new Set(served.map((s) => s.ref));
  const gone = stored.filter((s) => !servedRefs.has(s.ref)).map((s) => s.id);
  for (const ids of chunks(gone, batch)) await k.deleteFrom('portalItem').where('id', 'in', ids).execute();
  const fresh: Insertable<PortalItemTable>[] = [];
  const moved: Moved[] = [];
  const changed: ChangedItem[] = [];
  for (const item of served) {
    const old = byRef.get(item.ref);
    if (!old) {
      fresh.push({ ...indexValues(org, item), sm3: contentHash(item), hashedAt: at, tamperedSince: null });
      continue;
    }
    if (rehash.has(item.ref)) {
      await k
        .updateTable('portalItem')
        .set({ ...indexValues(org, item), sm3: contentHash(item), hashedAt: at, tamperedSince: null })
        .where('id', '=', old.id)
        .execute();
      continue;
    }
    if (old.path !== item.path || old.year !== item.year || old.publishedOn !== item.publishedOn) {
      moved.push({ id: old.id, path: item.path, year: item.year, publishedOn: item.publishedOn });
    }
    if (!opts.check) continue;
    const hash = contentHash(item);
    if (hash !== old.sm3) changed.push(changedItem(org, { ...old, path: item.path }, item, hash));
  }
  // a row another process inserted meanwhile (a request's sync) is the same item: left as it is
  for (const rows of chunks(fresh, batch)) {
    await k
      .insertInto('portalItem')
      .values(rows)
      .onConflict((oc) => oc.column('ref').doNothing())
      .execute();
  }
  await moveItems(k, moved, batch);
  // in the order checkPortal names them (the index on org and kind)
  return changed.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id - b.id));
}

/**
 * Brings an organisation's index in step with what it serves on `today`. `rehash` names the items
 * (refs) the application has just published or changed: their text and hash are taken anew. Any
 * other item keeps the text and hash it was published with.
 */
export async function syncOrg(
  k: Kdb,
  org: PortalOrg,
  today: string,
  at: string,
  rehash: ReadonlySet<string> = new Set(),
): Promise<void> {
  await syncServed(k, org, await servedItems(k, org, today), at, { rehash });
}

/** Syncs every portal organisation (or one), re-hashing the named items. */
export async function syncPortal(
  k: Kdb,
  today: string,
  at: string,
  opts: { orgId?: number } & SyncOptions = {},
): Promise<void> {
  for (const org of await portalOrgs(k, opts.orgId)) {
    await syncServed(k, org, await servedItems(k, org, today), at, opts);
  }
}

export interface ChangedItem {
  id: number;
  ref: string;
  kind: string;
  recordId: number;
  orgId: number;
  orgName: string;
  title: string;
  path: string;
  /** The hash taken at publication, and the hash of what would be served now. */
  published: string;
  served: string;
}

const changedItem = (
  org: PortalOrg,
  s: { id: number; ref: string; kind: string; title: string; path: string; sm3: string },
  now: ServedItem,
  hash: string,
): ChangedItem => ({
  id: s.id,
  ref: s.ref,
  kind: s.kind,
  recordId: now.recordId,
  orgId: org.id,
  orgName: org.name,
  title: s.title,
  path: s.path,
  published: s.sm3,
  served: hash,
});

/** The items whose served content no longer matches the hash taken at publication. Read-only. */
export async function checkPortal(k: Kdb, today: string, orgId?: number): Promise<ChangedItem[]> {
  const out: ChangedItem[] = [];
  for (const org of await portalOrgs(k, orgId)) {
    const stored = await k
      .selectFrom('portalItem')
      .select(['id', 'ref', 'kind', 'title', 'path', 'sm3'])
      .where('orgId', '=', org.id)
      .execute();
    if (stored.length === 0) continue;
    const served = new Map((await servedItems(k, org, today)).map((s) => [s.ref, s]));
    for (const s of stored) {
      const now = served.get(s.ref);
      if (!now) continue;
      const hash = contentHash(now);
      if (hash !== s.sm3) out.push(changedItem(org, s, now, hash));
    }
  }
  return out;
}

/**
 * The self-check: new and withdrawn items brought in step, then every item compared (each
 * organisation's served items computed once for both); a changed item is marked (tampered_since:
 * the app clock's today) until it matches again. The scheduled run goes through self-check.ts.
 */
export async function selfCheck(
  k: Kdb,
  today: string,
  at: string,
  opts: { batch?: number } = {},
): Promise<ChangedItem[]> {
  const changed: ChangedItem[] = [];
  for (const org of await portalOrgs(k)) {
    changed.push(
      ...(await syncServed(k, org, await servedItems(k, org, today), at, { ...opts, check: true })),
    );
  }
  const batch = opts.batch ?? INDEX_BATCH;
  const ids = new Set(changed.map((c) => c.id));
  const marked = await k
    .selectFrom('portalItem')
    .select('id')
    .where('tamperedSince', 'is not', null)
    .execute();
  const cleared = marked.map((m) => m.id).filter((id) => !ids.has(id));
  for (const part of chunks(cleared, batch)) {
    await k.updateTable('portalItem').set({ tamperedSince: null }).where('id', 'in', part).execute();
  }
  for (const part of chunks([...ids], batch)) {
    await k
      .updateTable('portalItem')
      .set({ tamperedSince: today })
      .where('id', 'in', part)
      .where('tamperedSince', 'is', null)
      .execute();
  }
  return changed;
}

/** The red cards: items the self-check found changed, in the township's business scope. */
export const portalBoardSource: BoardSource = {
  kind: 'portal',
  label: '公开门户',
  scope: (actor) => scopePaths(actor, 'business'),
  clocks: false,
  async alerts(k, paths) {
    const rows = await k
      .selectFrom('portalItem')
      .select(['id', 'ref', 'kind', 'orgId', 'title', 'tamperedSince'])
      .where('tamperedSince', 'is not', null)
      .where((eb) => inOrgSubtree(eb, 'portalItem.orgId', paths))
      .orderBy('tamperedSince', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      type: r.kind,
      recordId: Number(r.ref.slice(r.ref.lastIndexOf(':') + 1)),
      orgId: r.orgId,
      title: r.title,
      label: TAMPER_LABEL,
      since: r.tamperedSince ?? '',
    }));
  },
};

/** Refs of an item of the application's own: a report, or a ledger record. */
export const reportRef = (reportId: number) => `${REPORT_KIND}:${reportId}`;
export const recordRef = (ledger: string, type: string, id: number) => `${ledger}.${type}:${id}`;
