// Runs independent reads side by side, a few at a time. On PostgreSQL each statement is a round
// trip: a request that reads one table after another (the deadline board: two or three statements
// for each of 15 ledgers) waits for each in turn, while the pool has connections to spare. A small
// limit keeps one request from taking the whole pool from the others. On SQLite (one connection,
// statements run one at a time in the process) it changes nothing.

/** Database reads one request may have in flight at once. */
export const READS_IN_FLIGHT = 4;

/** `fn` over `items`, at most `limit` at a time; the results in the order of `items`. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
