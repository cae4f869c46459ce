// The list page cache's own rules, without a database: served only under the same stamps, never
// inside a transaction, and bounded in values kept, the least recently used dropped first.
import { describe, expect, it } from 'vitest';
import type { Kdb } from '../db/connect.ts';
import { currentPageStamps, keepListPages, keepPage, keptPage } from './list-page-cache.ts';
import type { ScopeWrites } from './list-scope-writes.ts';
import type { RecordView } from './present.ts';

/** A scope whose write count reads `n`, counting its reads. */
const scopeAt = (n: string) => {
  const s = {
    reads: 0,
    query: () => null as never,
    seen: () => {},
    known: () => null,
    read: async () => {
      s.reads++;
      return n;
    },
  };
  return s as ScopeWrites & { reads: number };
};

const handle = () => ({ isTransaction: false }) as unknown as Kdb;
/** A page of 20 rows of 42 fields: 1,000 values with the common ones, 100 such pages fit. */
const page = (n: number): RecordView[] =>
  Array.from({ length: 20 }, (_, i) => ({
    id: n * 100 + i,
    orgId: 1,
    orgName: null,
    state: 's',
    stateLabel: 's',
    title: `${n}`,
    createdAt: '',
    updatedAt: '',
    fields: Object.fromEntries(Array.from({ length: 42 }, (_, f) => [`f${f}`, f])),
    display: {},
  }));

describe('list page cache', async () => {
  it('serves a page only under the stamps it was read under', async () => {
    const k = handle();
    const items = page(1);
    keepPage(k, 'a', ['s1', 's2'], items);
    expect(await keptPage(k, 'a', ['s1', 's2'])).toBe(items);
    expect(await keptPage(k, 'a', ['s1', 's3'])).toBeNull();
    expect(await keptPage(k, 'a', null)).toBeNull();
    expect(await keptPage(k, 'b', ['s1', 's2'])).toBeNull();
  });

  it('serves a page past a new stamp of its own table while its scope has seen no write', async () => {
    const k = handle();
    const items = page(1);
    keepPage(k, 'a', ['t1', 'o1'], items, '5');
    // the record table's stamp moved: the count is read, the same, so the write was elsewhere
    const same = scopeAt('5');
    expect(await keptPage(k, 'a', ['t2', 'o1'], same)).toBe(items);
    expect(same.reads).toBe(1);
    // kept under the new stamps from then on: no count read
    expect(await keptPage(k, 'a', ['t2', 'o1'])).toBe(items);
    // a write in the scope since: not served
    expect(await keptPage(k, 'a', ['t3', 'o1'], scopeAt('6'))).toBeNull();
    // another table's stamp moved (org: names, the scope itself): not served, no count read
    const other = scopeAt('5');
    expect(await keptPage(k, 'a', ['t3', 'o2'], other)).toBeNull();
    expect(other.reads).toBe(0);
    // a page kept without a count has no such second chance
    keepPage(k, 'b', ['t1', 'o1'], items);
    expect(await keptPage(k, 'b', ['t2', 'o1'], scopeAt('5'))).toBeNull();
  });

  it('serves a page past new stamps of its linked tables with its titles read again', async () => {
    const k = handle();
    const items = page(1);
    keepPage(k, 'a', ['t1', 'o1', 'u1', 'l1'], items, '5');
    let refreshed = 0;
    const titles = {
      positions: new Set([3]),
      refresh: async (_k: unknown, was: RecordView[]) => {
        refreshed++;
        return was.map((it) => ({ ...it, display: { link: `标题${refreshed}` } }));
      },
    };
    // the linked table written: titles read again, kept under the new stamps
    const first = await keptPage(k, 'a', ['t1', 'o1', 'u1', 'l2'], null, titles);
    expect(first?.map((it) => it.id)).toEqual(items.map((it) => it.id));
    expect(first?.[0].display.link).toBe('标题1');
    expect(await keptPage(k, 'a', ['t1', 'o1', 'u1', 'l2'], null, titles)).toBe(first);
    expect(refreshed).toBe(1);
    // without titles to read, a linked table written is a miss
    expect(await keptPage(k, 'a', ['t1', 'o1', 'u1', 'l3'])).toBeNull();
    // the record table (its scope unwritten) and the linked table: both second chances
    const same = scopeAt('5');
    expect((await keptPage(k, 'a', ['t2', 'o1', 'u1', 'l3'], same, titles))?.[0].display.link).toBe('标题2');
    expect(same.reads).toBe(1);
    // the users' names (not a linked table's) written: a miss, nothing read
    expect(await keptPage(k, 'a', ['t2', 'o1', 'u2', 'l4'], same, titles)).toBeNull();
    expect(refreshed).toBe(2);
    expect(same.reads).toBe(1);
  });

  it('keeps nothing without every stamp read by the session, inside a transaction, or when turned off', async () => {
    const k = handle();
    const read = new Map([['table:a', 's1']]);
    expect(currentPageStamps(k, ['table:a', 'table:b'], read)).toBeNull();
    expect(currentPageStamps(k, ['table:a'], undefined)).toBeNull();
    expect(currentPageStamps(k, ['table:a'], read)).toEqual(['s1']);
    keepPage(k, 'a', currentPageStamps(k, ['table:a', 'table:b'], read), page(1));
    expect(await keptPage(k, 'a', ['s1'])).toBeNull();
    const tx = { isTransaction: true } as unknown as Kdb;
    keepPage(tx, 'a', ['s1'], page(1));
    expect(await keptPage(tx, 'a', ['s1'])).toBeNull();
    keepListPages(k, false);
    keepPage(k, 'a', ['s1'], page(1));
    expect(await keptPage(k, 'a', ['s1'])).toBeNull();
  });

  it('drops the least recently used pages past 100,000 values', async () => {
    const k = handle();
    for (let n = 0; n < 100; n++) keepPage(k, `p${n}`, ['s'], page(n));
    expect(await keptPage(k, 'p0', ['s'])).not.toBeNull(); // read: now the most recent
    for (let n = 100; n < 110; n++) keepPage(k, `p${n}`, ['s'], page(n));
    expect(await keptPage(k, 'p0', ['s'])).not.toBeNull();
    expect(await keptPage(k, 'p1', ['s'])).toBeNull();
    expect(await keptPage(k, 'p10', ['s'])).toBeNull();
    expect(await keptPage(k, 'p11', ['s'])).not.toBeNull();
    expect(await keptPage(k, 'p109', ['s'])).not.toBeNull();
  });
});
