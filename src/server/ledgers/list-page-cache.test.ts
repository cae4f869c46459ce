// The list page cache's own rules, without a database: served only under the same stamps, never
// inside a transaction, and bounded in values kept, the least recently used dropped first.
import { describe, expect, it } from 'vitest';
import type { Kdb } from '../db/connect.ts';
import { currentPageStamps, keepListPages, keepPage, keptPage } from './list-page-cache.ts';
import type { RecordView } from './present.ts';

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

describe('list page cache', () => {
  it('serves a page only under the stamps it was read under', () => {
    const k = handle();
    const items = page(1);
    keepPage(k, 'a', ['s1', 's2'], items);
    expect(keptPage(k, 'a', ['s1', 's2'])).toBe(items);
    expect(keptPage(k, 'a', ['s1', 's3'])).toBeNull();
    expect(keptPage(k, 'a', null)).toBeNull();
    expect(keptPage(k, 'b', ['s1', 's2'])).toBeNull();
  });

  it('keeps nothing without every stamp read by the session, inside a transaction, or when turned off', () => {
    const k = handle();
    const read = new Map([['table:a', 's1']]);
    expect(currentPageStamps(k, ['table:a', 'table:b'], read)).toBeNull();
    expect(currentPageStamps(k, ['table:a'], undefined)).toBeNull();
    expect(currentPageStamps(k, ['table:a'], read)).toEqual(['s1']);
    keepPage(k, 'a', currentPageStamps(k, ['table:a', 'table:b'], read), page(1));
    expect(keptPage(k, 'a', ['s1'])).toBeNull();
    const tx = { isTransaction: true } as unknown as Kdb;
    keepPage(tx, 'a', ['s1'], page(1));
    expect(keptPage(tx, 'a', ['s1'])).toBeNull();
    keepListPages(k, false);
    keepPage(k, 'a', ['s1'], page(1));
    expect(keptPage(k, 'a', ['s1'])).toBeNull();
  });

  it('drops the least recently used pages past 100,000 values', () => {
    const k = handle();
    for (let n = 0; n < 100; n++) keepPage(k, `p${n}`, ['s'], page(n));
    expect(keptPage(k, 'p0', ['s'])).not.toBeNull(); // read: now the most recent
    for (let n = 100; n < 110; n++) keepPage(k, `p${n}`, ['s'], page(n));
    expect(keptPage(k, 'p0', ['s'])).not.toBeNull();
    expect(keptPage(k, 'p1', ['s'])).toBeNull();
    expect(keptPage(k, 'p10', ['s'])).toBeNull();
    expect(keptPage(k, 'p11', ['s'])).not.toBeNull();
    expect(keptPage(k, 'p109', ['s'])).not.toBeNull();
  });
});
