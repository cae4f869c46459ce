// A ledger list's page kept per process under the write stamps of every table it shows: the record
// table, `org` (scope and organisation names), `app_user` (user names) and the tables its link
// fields point at (their titles). The database renews a table's stamp in every transaction that
// writes it (migrations 0034 and 0036, triggers), whichever process or command writes, so a page
// kept under stamps that are still current is the page a query would read now.
// - A hit costs no statement of its own: the stamps come with the session (Actor.tableStamps), and
//   the total from list-total.ts under the same ones. A reader without them (a direct call) is
//   never served a kept page.
// - A miss keeps the page it reads under the stamps the session read before it: never under a
//   stamp newer than its rows. A write in between leaves the page under stamps no later request
//   reads (a stamp never comes back): a miss, never a stale page. (Read with the page, 4 stamps in
//   each of its 20 rows cost SQLite ≈ 40 µs of a 340 µs statement.)
// - A page read with its scope's write count (list-scope-writes.ts, migration 0042) outlives writes
//   elsewhere in its table: under stamps that differ from its own only in the record table's, it
//   is served if the count read now is the one it was read at (the write was outside the scope),
//   and kept under the new stamps from then on. A page that shows titles of its own table's
//   records (a link to the same table, anywhere) is read without a count: it has no such second
//   chance.
// - A page showing titles of linked records outlives writes to the linked tables: under stamps
//   that differ from its own in those tables' (and, as above, the record table's), the titles of
//   the records it links to are read again (`PageTitles.refresh`, one small statement per link
//   field) and the page kept with them under the new stamps. The titles are read after the stamps
//   were, so never older than them.
// - The key is the shape (record type, reader, scope, columns, which filters are set) and the
//   values (filters, page, size). Masking is the same for every reader; nothing shown depends on
//   the date.
// - Inside a transaction nothing is kept or served (its uncommitted writes are its own).
import type { Kdb, Tx } from '../db/connect.ts';
import type { FieldDef, RecordTypeDef } from './contract.ts';
import { linkTarget } from './links.ts';
import type { ScopeWrites } from './list-scope-writes.ts';
import { tableStampName, totalStampNames } from './list-total.ts';
import type { RecordView } from './present.ts';

/**
 * What a process keeps, in values shown (rows × fields): 100,000 is about 250 pages of a list's
 * columns or 90 pages of every field of a case, 10–15 MB of heap. The least recently used goes first.
 */
const MAX_CELLS = 100_000;

interface Kept {
  /** The stamps it is kept under, joined; the first is the record table's. */
  stamps: string;
  /** The scope's write count it was read at; null: none read. */
  scope: string | null;
  items: RecordView[];
  cells: number;
}

interface PageCache {
  on: boolean;
  cells: number;
  pages: Map<string, Kept>;
}
const caches = new WeakMap<object, PageCache>();

function cacheOf(k: Kdb | Tx): PageCache {
  let c = caches.get(k);
  if (!c) {
    c = { on: true, cells: 0, pages: new Map() };
    caches.set(k, c);
  }
  return c;
}

/** Turns keeping pages on or off for this database handle (on by default; the bench measures both). */
export function keepListPages(k: Kdb, on: boolean): void {
  const c = cacheOf(k);
  c.on = on;
  if (!on) {
    c.pages.clear();
    c.cells = 0;
  }
}

/** The stamps a page of these fields is kept under: the total's first (list-total.ts), then the rest. */
export function pageStampNames(rt: RecordTypeDef, fields: readonly FieldDef[]): string[] {
  const names = new Set(totalStampNames(rt.table));
  if (fields.some((f) => f.type === 'user')) names.add(tableStampName('appUser'));
  for (const f of fields) if (f.type === 'link') names.add(tableStampName(linkTarget(f).rt.table));
  return [...names];
}

/**
 * The current stamps, in order: those the request's session statement read (Actor.tableStamps).
 * Null — nothing kept or served — without them, inside a transaction, or when one is missing.
 * (With keeping turned off they are still given: the total is kept under them.)
 */
export function currentPageStamps(
  k: Kdb | Tx,
  names: readonly string[],
  read: ReadonlyMap<string, string> | undefined,
): string[] | null {
  if (k.isTransaction || !read || !names.every((n) => read.has(n))) return null;
  return names.map((n) => read.get(n) as string);
}

/** The titles of linked records a page shows, read again when only their tables have been written. */
export interface PageTitles {
  /** The positions of the linked tables' stamps in the page's (never the first, its own table's). */
  positions: ReadonlySet<number>;
  /** The page's items with the titles of the records they link to as they are now. */
  refresh(k: Kdb | Tx, items: RecordView[]): Promise<RecordView[]>;
}

/**
 * The page kept under these stamps; or kept under stamps that differ only in the record table's,
 * when the scope's write count read now (`scope`) is the one it was read at, and in the linked
 * tables' (`titles`), its titles then read again — it is then kept under these stamps. Null when
 * neither.
 */
export async function keptPage(
  k: Kdb | Tx,
  key: string,
  stamps: readonly string[] | null,
  scope: ScopeWrites | null = null,
  titles: PageTitles | null = null,
): Promise<RecordView[] | null> {
  if (stamps === null) return null;
  const c = cacheOf(k);
  const hit = c.pages.get(key);
  if (!hit) return null;
  const now = stamps.join(' ');
  if (hit.stamps !== now) {
    const was = hit.stamps.split(' ');
    if (was.length !== stamps.length) return null;
    let own = false;
    let linked = false;
    for (let i = 0; i < stamps.length; i++) {
      if (was[i] === stamps[i]) continue;
      if (i === 0) own = true;
      else if (titles?.positions.has(i)) linked = true;
      else return null;
    }
    if (own) {
      if (!scope || hit.scope === null) return null;
      const seen = hit.scope;
      if ((await scope.read()) !== seen) return null;
    }
    if (linked && titles) hit.items = await titles.refresh(k, hit.items);
    hit.stamps = now;
  }
  // most recently used last: the oldest is dropped first
  if (c.pages.get(key) === hit) {
    c.pages.delete(key);
    c.pages.set(key, hit);
  }
  return hit.items;
}

/**
 * Keeps a page read after `stamps` were (`currentPageStamps`; null: not kept), with the scope's
 * write count read in the page's own statement (null: none).
 */
export function keepPage(
  k: Kdb | Tx,
  key: string,
  stamps: readonly string[] | null,
  items: RecordView[],
  scope: string | null = null,
): void {
  const c = cacheOf(k);
  if (k.isTransaction || !c.on || stamps === null) return;
  const cells = items.reduce((n, r) => n + Object.keys(r.fields).length + 8, 0);
  if (cells > MAX_CELLS / 10) return;
  const old = c.pages.get(key);
  if (old) {
    c.pages.delete(key);
    c.cells -= old.cells;
  }
  for (const [k0, e] of c.pages) {
    if (c.cells + cells <= MAX_CELLS) break;
    c.pages.delete(k0);
    c.cells -= e.cells;
  }
  c.pages.set(key, { stamps: stamps.join(' '), scope, items, cells });
  c.cells += cells;
}
