// The rows Kysely is handed on SQLite (built from arrays, sqlite-statements.ts) are the rows
// better-sqlite3 builds itself, whatever the columns; a reader runs once; a schema change is seen.
// SQLite only: PostgreSQL's driver is not involved.
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driverDatabase, statementCache } from './sqlite-statements.ts';

describe('SQLite statements for Kysely', () => {
  let sqlite: SQLite.Database;
  let driver: ReturnType<typeof driverDatabase>;

  beforeEach(() => {
    sqlite = new SQLite(':memory:');
    driver = driverDatabase(statementCache(sqlite));
    sqlite.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n REAL, b BLOB);
      INSERT INTO t (name, n, b) VALUES ('甲', 1.5, x'00ff'), (NULL, NULL, NULL), ('乙', 3, x'')`);
  });
  afterEach(() => sqlite.close());

  const plain = (sql: string, p: unknown[] = []) => sqlite.prepare(sql).all(p);

  it('builds the rows better-sqlite3 builds: keys, their order, values, duplicate names', () => {
    for (const sql of [
      'SELECT * FROM t ORDER BY id',
      'SELECT name, id, n AS "a b", b FROM t WHERE id > ? ORDER BY id DESC',
      'SELECT id AS x, name AS x, 7 AS "__proto__", 8 AS constructor FROM t',
      'SELECT count(*) AS n FROM t WHERE name = ?',
    ]) {
      const p = sql.includes('?') ? [sql.includes('name =') ? '甲' : 1] : [];
      const rows = driver.prepare(sql).all(p) as Record<string, unknown>[];
      expect(rows).toEqual(plain(sql, p));
      expect(rows.map((r) => Object.keys(r))).toEqual(plain(sql, p).map((r) => Object.keys(r as object)));
    }
    const [odd] = driver.prepare('SELECT 7 AS "__proto__", 1 AS a').all([]) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.keys(odd)).toEqual(['a']);
    expect(driver.prepare('SELECT * FROM t WHERE id < 0').all([])).toEqual([]);
  });

  it('runs a reader with side effects once (RETURNING) and leaves the kept statement as it was', () => {
    const sql = 'INSERT INTO t (name) VALUES (?) RETURNING id, name';
    expect(driver.prepare(sql).all(['丙'])).toEqual([{ id: 4, name: '丙' }]);
    expect(plain('SELECT count(*) AS n FROM t')).toEqual([{ n: 4 }]);
    // The statement behind it still answers objects to the roll-up's direct use.
    const kept = statementCache(sqlite);
    expect(kept.prepare('SELECT id FROM t WHERE id = 1').all()).toEqual([{ id: 1 }]);
  });

  it('sees the columns a schema change adds to a kept statement', () => {
    const sql = 'SELECT * FROM t WHERE id = ?';
    expect(driver.prepare(sql).all([1])).toEqual([{ id: 1, name: '甲', n: 1.5, b: Buffer.from([0, 255]) }]);
    sqlite.exec("ALTER TABLE t ADD COLUMN note TEXT DEFAULT '备注'");
    expect(driver.prepare(sql).all([1])).toEqual([
      { id: 1, name: '甲', n: 1.5, b: Buffer.from([0, 255]), note: '备注' },
    ]);
  });

  it('hands writers and streamed readers over as they are', () => {
    const w = driver.prepare('UPDATE t SET name = ? WHERE id = ?');
    expect(w.reader).toBe(false);
    expect(w.run(['丁', 2]).changes).toBe(1);
    expect([...driver.prepare('SELECT id, name FROM t ORDER BY id').iterate([])]).toEqual(
      plain('SELECT id, name FROM t ORDER BY id'),
    );
  });
});
