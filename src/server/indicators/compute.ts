// The values of many indicators at once: the ledgers' indicator sets (one row per table for
// several indicators) where they have them, each indicator's own compute otherwise. Every compute
// starts before any is awaited, so that the rows they ask for are counted in one statement; rows
// of tables unchanged since an earlier roll-up are served from the process's cache
// (ledgers/indicator-row.ts).
import type { Kdb, Tx } from '../db/connect.ts';
import type { IndicatorDef, LedgerDef } from '../ledgers/contract.ts';
import { indicatorRollup } from '../ledgers/indicator-row.ts';

export interface IndicatorEntry {
  ledger: LedgerDef;
  def: IndicatorDef;
}

/**
 * id → value of every entry (in the entries' order), for the organisations under `paths` in the
 * year. `stamps`: the `table:*` stamps the request's session statement read, if any.
 */
export async function computeIndicators(
  k: Kdb | Tx,
  entries: readonly IndicatorEntry[],
  paths: readonly string[],
  year: number,
  stamps?: ReadonlyMap<string, string>,
): Promise<Map<string, number>> {
  const values = await indicatorRollup(k, () => start(k, entries, paths, year), stamps, paths);
  return new Map(entries.map(({ def }) => [def.id, values.get(def.id)!]));
}

function start(
  k: Kdb | Tx,
  entries: readonly IndicatorEntry[],
  paths: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  const wanted = new Set(entries.map((e) => e.def.id));
  const fromSets = new Set<string>();
  const runs: Promise<[string, number][]>[] = [];
  for (const ledger of new Set(entries.map((e) => e.ledger))) {
    for (const set of ledger.indicatorSets ?? []) {
      const ids = set.ids.filter((id) => wanted.has(id));
      if (ids.length === 0) continue;
      for (const id of ids) fromSets.add(id);
      runs.push(set.compute(k, paths, year).then((values) => ids.map((id) => [id, values[id]])));
    }
  }
  for (const { def } of entries)
    if (!fromSets.has(def.id)) runs.push(def.compute(k, paths, year).then((v) => [[def.id, v]]));
  return Promise.all(runs).then((all) => new Map(all.flat()));
}
