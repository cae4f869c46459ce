// The values of many indicators at once: the ledgers' indicator sets (one query per table for
// several indicators) where they have them, each indicator's own compute otherwise. The table
// stamps are read first, once: rows of tables unchanged since an earlier roll-up are served from
// the process's cache (ledgers/indicator-row.ts).
import type { Kdb, Tx } from '../db/connect.ts';
import type { IndicatorDef, LedgerDef } from '../ledgers/contract.ts';
import { withIndicatorStamps } from '../ledgers/indicator-row.ts';

export interface IndicatorEntry {
  ledger: LedgerDef;
  def: IndicatorDef;
}

/** id → value of every entry (in the entries' order), for the organisations under `paths` in the year. */
export async function computeIndicators(
  k: Kdb | Tx,
  entries: readonly IndicatorEntry[],
  paths: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  return withIndicatorStamps(k, () => compute(k, entries, paths, year));
}

async function compute(
  k: Kdb | Tx,
  entries: readonly IndicatorEntry[],
  paths: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const wanted = new Set(entries.map((e) => e.def.id));
  const ledgers = new Set(entries.map((e) => e.ledger));
  for (const ledger of ledgers) {
    for (const set of ledger.indicatorSets ?? []) {
      if (!set.ids.some((id) => wanted.has(id))) continue;
      const values = await set.compute(k, paths, year);
      for (const id of set.ids) if (wanted.has(id)) out.set(id, values[id]);
    }
  }
  for (const { def } of entries) if (!out.has(def.id)) out.set(def.id, await def.compute(k, paths, year));
  return new Map(entries.map(({ def }) => [def.id, out.get(def.id)!]));
}
