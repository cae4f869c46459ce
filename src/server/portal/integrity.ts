// 门户内容完整性: the portal's index of published items (portal_item) with the SM3 hash of each taken
// when the application published it. `syncPortal` keeps the index in step with what is served: new
// items are hashed at first sight, items no longer served (withdrawn, unpublished) leave it, and
// only the items the application itself has just changed are hashed again. `checkPortal` recomputes
// what would be served and names every item whose hash no longer matches: something changed it
// behind the application (real township sites have had gambling spam injected into their reports).
// The scheduled self-check marks those items, and they are red cards on the township's board.

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
  const served = await servedItems(k, org, today);
  const stored = await k
    .selectFrom('portalItem')
    .select(['id', 'ref', 'path', 'year', 'category', 'publishedOn'])
    .where('orgId', '=', org.id)
    .execute();
  const byRef = new Map(stored.map((s) => [s.ref, s]));
  const servedRefs = new Set(served.map((s) => s.ref));
  const gone = stored.filter((s) => !servedRefs.has(s.ref)).map((s) => s.id);
  if (gone.length) await k.deleteFrom('portalItem').where('id', 'in', gone).execute();
  for (const item of served) {
    const old = byRef.get(item.ref);
    if (!old) {
      await k
        .insertInto('portalItem')
        .values({ ...indexValues(org, item), sm3: contentHash(item), hashedAt: at, tamperedSince: null })
        .execute();
    } else if (rehash.has(item.ref)) {
      await k
        .updateTable('portalItem')
        .set({ ...indexValues(org, item), sm3: contentHash(item), hashedAt: at, tamperedSince: null })
        .where('id', '=', old.id)
        .execute();
    } else if (old.path !== item.path || old.year !== item.year || old.publishedOn !== item.publishedOn) {
      await k
        .updateTable('portalItem')
        .set({ path: item.path, year: item.year, publishedOn: item.publishedOn })
        .where('id', '=', old.id)
        .execute();
    }
  }
}

/** Syncs every portal organisation (or one), re-hashing the named items. */
export async function syncPortal(
  k: Kdb,
  today: string,
  at: string,
  opts: { orgId?: number; rehash?: ReadonlySet<string> } = {},
): Promise<void> {
  for (const org of await portalOrgs(k, opts.orgId)) await syncOrg(k, org, today, at, opts.rehash);
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
      if (hash === s.sm3) continue;
      out.push({
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
    }
  }
  return out;
}

/**
 * The scheduled self-check: new and withdrawn items brought in step, then every item compared; a
 * changed item is marked (tampered_since: the app clock's today) until it matches again.
 */
export async function selfCheck(k: Kdb, today: string, at: string): Promise<ChangedItem[]> {
  await syncPortal(k, today, at);
  const changed = await checkPortal(k, today);
  const ids = changed.map((c) => c.id);
  await k
    .updateTable('portalItem')
    .set({ tamperedSince: null })
    .where('tamperedSince', 'is not', null)
    .where('id', 'not in', ids.length ? ids : [-1])
    .execute();
  if (ids.length) {
    await k
      .updateTable('portalItem')
      .set({ tamperedSince: today })
      .where('id', 'in', ids)
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
  clocks: async () => [],
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
