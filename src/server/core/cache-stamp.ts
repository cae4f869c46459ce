// Stamps for process-local caches of database contents. Several app processes share one database
// (docs/deploy.md), so a cache kept in one process's memory is valid only while the data it holds
// is unchanged in the database: the transaction that changes the data replaces the cache's random
// stamp (`renewStamp`), and a reader compares the stamp before it trusts its copy (`readStamp`).
// Random rather than counted: two databases (tests, a restore) never share a stamp by chance, so a
// cache keyed by stamp is never answered from another database's copy.
import { randomUUID } from 'node:crypto';
import type { Kdb, Tx } from '../db/connect.ts';

export type CacheName = 'calendar';

export async function readStamp(k: Kdb | Tx, name: CacheName): Promise<string | null> {
  const row = await k.selectFrom('cacheStamp').select('stamp').where('name', '=', name).executeTakeFirst();
  return row?.stamp ?? null;
}

/** Gives the cache a new stamp, in the caller's transaction (with the change it announces). */
export async function renewStamp(tx: Tx, name: CacheName): Promise<void> {
  const stamp = randomUUID();
  await tx
    .insertInto('cacheStamp')
    .values({ name, stamp })
    .onConflict((oc) => oc.column('name').doUpdateSet({ stamp }))
    .execute();
}

/** A small map from stamp (and whatever else keys an entry) to a cached value. */
export function stampedCache<T>(max = 16) {
  const entries = new Map<string, T>();
  return {
    get: (key: string): T | undefined => entries.get(key),
    set(key: string, value: T): T {
      if (entries.size >= max) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
  };
}
