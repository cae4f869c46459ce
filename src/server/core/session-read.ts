// The statement every signed-in request runs first: its session row and, in the same statement, the
// write stamps its actor is kept under (ACTOR_STAMPS) and every table's (Actor.tableStamps, for the
// caches of lists and indicators). Built once (db/query-template.ts) and, on PostgreSQL, run as a
// named statement (db/named-statements.ts).
//
// On PostgreSQL the sessions asked for within one turn of the event loop are read together, in one
// statement (`id = ANY($1)`) and one round trip: a round trip costs the app a write to the socket
// and the database a wake-up and a statement of its own, which under concurrent requests is much of
// what a request whose page is kept costs (this machine: ≈ 0.1–0.2 ms of app CPU per write). A
// request waits at most until the end of the current turn (setImmediate); alone, it is read alone.
// The stamps the rows come with are one snapshot, the same for every request of the batch. SQLite
// runs in the process and gains nothing from this: one session per statement there.
//
// On SQLite the session's statement reads, instead of every table's stamp, the connection's change
// counters: `PRAGMA data_version` (moves when another connection — a CLI command, another process —
// commits) and `total_changes()` (rows this connection has written, the stamp triggers' own writes
// included). While both are what they were, no stamp can have moved, and the table stamps read
// then are served again; otherwise they are read in a second statement. The aggregate of 30-odd
// stamps was most of the statement (isolated, 27 µs with it, 5 µs without); it now runs only after
// a write. Stamps read after the session row are at least as new as it, never older than what a
// reader then reads, which is all the page and indicator caches ask of them.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';
import type { SessionTable } from '../db/types.ts';
import { ACTOR_STAMPS } from './actor.ts';

export interface SessionRow
  extends Pick<SessionTable, 'id' | 'userId' | 'csrfToken' | 'createdAt' | 'lastSeenAt' | 'clientIp'> {
  /** The ACTOR_STAMPS in order, joined by spaces; null when one is missing. */
  actorStamps: string | null;
  /** Every table's write stamp, by its cache_stamp name (`table:<name>`). Shared: do not modify. */
  tableStamps: ReadonlyMap<string, string>;
}

/** Past this many ids a batch is sent and the next one started. */
const MAX_BATCH = 64;

/** Every table's stamp, `name stamp` pairs joined by commas (one aggregate). */
function tablesQuery(db: Db) {
  const joined = db.dialect === 'postgres' ? sql`string_agg` : sql`group_concat`;
  return db.k
    .selectFrom('cacheStamp')
    .select(sql<string | null>`${joined}(name || ' ' || stamp, ',')`.as('s'))
    .where('name', 'like', 'table:%');
}

function sessionsQuery(db: Db, ids: readonly string[]) {
  const postgres = db.dialect === 'postgres';
  return templateQuery(
    db.k,
    postgres ? 'sessions' : 'session',
    [postgres ? ids : ids[0]],
    (v) =>
      db.k
        .selectFrom('session')
        // Named columns: a named statement's result may not change shape under it (named-statements.ts).
        .select(['id', 'userId', 'csrfToken', 'createdAt', 'lastSeenAt', 'clientIp'])
        .select((eb) => [
          ...ACTOR_STAMPS.map((name, i) =>
            eb.selectFrom('cacheStamp').select('stamp').where('name', '=', name).as(`fzStamp${i}`),
          ),
          ...(postgres
            ? [tablesQuery(db).as('fzTables')]
            : [
                sql<number>`(select data_version from pragma_data_version)`.as('fzDataVersion'),
                sql<number>`total_changes()`.as('fzChanges'),
              ]),
        ])
        .where('id', '=', postgres ? sql<string>`any(${v[0]}::text[])` : (v[0] as string)),
    { named: true },
  );
}

/** SQLite: the table stamps last read, per database, under the change counters they were read at. */
const sqliteTables = new WeakMap<object, { counters: string; text: string | null }>();

/** The table stamps' aggregate on SQLite: read again only when the counters have moved (header). */
async function sqliteTablesText(db: Db, row: Record<string, unknown>): Promise<string | null> {
  const counters = `${row.fzDataVersion} ${row.fzChanges}`;
  const last = sqliteTables.get(db.k);
  if (last?.counters === counters) return last.text;
  const read = await db.k.executeQuery(templateQuery(db.k, 'session tables', [], () => tablesQuery(db)));
  const text = (read.rows[0] as { s: string | null } | undefined)?.s ?? null;
  sqliteTables.set(db.k, { counters, text });
  return text;
}

// The last table stamps read, parsed: a batch, and the requests between two writes, share them.
let lastTables: { text: string; map: ReadonlyMap<string, string> } | null = null;

function tableStampsOf(text: string | null): ReadonlyMap<string, string> {
  const key = text ?? '';
  if (lastTables?.text === key) return lastTables.map;
  const map = new Map<string, string>();
  for (const pair of key ? key.split(',') : []) {
    const at = pair.indexOf(' ');
    map.set(pair.slice(0, at), pair.slice(at + 1));
  }
  lastTables = { text: key, map };
  return map;
}

async function readRows(db: Db, ids: readonly string[]): Promise<Map<string, SessionRow>> {
  const rows = (await db.k.executeQuery(sessionsQuery(db, ids))).rows as Array<Record<string, unknown>>;
  const out = new Map<string, SessionRow>();
  for (const r of rows) {
    const tables = db.dialect === 'postgres' ? r.fzTables : await sqliteTablesText(db, r);
    const seen = ACTOR_STAMPS.map((_, i) => r[`fzStamp${i}`]);
    out.set(r.id as string, {
      id: r.id as string,
      userId: r.userId as number,
      csrfToken: r.csrfToken as string,
      createdAt: r.createdAt as string,
      lastSeenAt: r.lastSeenAt as string,
      clientIp: (r.clientIp as string | null) ?? null,
      actorStamps: seen.every((s) => typeof s === 'string') ? seen.join(' ') : null,
      tableStamps: tableStampsOf((tables as string | null) ?? null),
    });
  }
  return out;
}

interface Batch {
  waiting: Map<string, Array<{ resolve(row: SessionRow | undefined): void; reject(e: unknown): void }>>;
}
const batches = new WeakMap<Db, Batch>();

function flush(db: Db, batch: Batch): void {
  if (batches.get(db) === batch) batches.delete(db);
  readRows(db, [...batch.waiting.keys()]).then(
    (rows) => {
      for (const [id, ws] of batch.waiting) for (const w of ws) w.resolve(rows.get(id));
    },
    (e) => {
      for (const ws of batch.waiting.values()) for (const w of ws) w.reject(e);
    },
  );
}

/** The session row of this id (the hash of the cookie's token), with the stamps; undefined if none. */
export function readSession(db: Db, id: string): Promise<SessionRow | undefined> {
  if (db.dialect !== 'postgres') return readRows(db, [id]).then((rows) => rows.get(id));
  return new Promise((resolve, reject) => {
    let batch = batches.get(db);
    if (!batch) {
      const fresh: Batch = { waiting: new Map() };
      batches.set(db, fresh);
      setImmediate(() => flush(db, fresh));
      batch = fresh;
    }
    const ws = batch.waiting.get(id);
    if (ws) ws.push({ resolve, reject });
    else batch.waiting.set(id, [{ resolve, reject }]);
    if (batch.waiting.size >= MAX_BATCH) batches.delete(db);
  });
}
