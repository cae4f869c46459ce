// The ledgers' indicators of one organisation and year, and the records behind one of them
// (drill-down), read through the registry. A drill-down reads its page of records in one query.
import { findIndicator } from '../../shared/indicators.ts';
import type { Actor } from '../core/actor.ts';
import type { Pii } from '../core/pii.ts';
import { scopePaths } from '../core/policy.ts';
import type { Kdb } from '../db/connect.ts';
import { pathInScope } from '../db/scope.ts';
import { forbidden, notFound } from '../errors.ts';
import type { LedgerDef, LedgerRow } from '../ledgers/contract.ts';
import { LEDGER_MESSAGES as M } from '../ledgers/messages.ts';
import { fullReadPaths } from '../ledgers/policy.ts';
import { findLedgerIndicator, findRecordType, LEDGERS } from '../ledgers/registry.ts';
import { orgPathOf, presentRows, scopedQuery } from '../ledgers/store.ts';
import { computeIndicators, type IndicatorEntry } from './compute.ts';

/** The organisation asked for (the caller's own by default), if in the caller's business scope. */
async function scopeOrg(k: Kdb, actor: Actor, org?: number): Promise<string> {
  const business = scopePaths(actor, 'business');
  if (business.length === 0) throw forbidden();
  // the caller's own organisation's path came with the session (kept under the org stamps)
  const own = !actor.system && (org === undefined || org === actor.orgId);
  const path = own ? actor.orgPath : await orgPathOf(k, org ?? actor.orgId);
  if (!path || !pathInScope(path, business)) throw notFound('机构');
  return path;
}

/** The ledgers' indicators of the catalogue, each with what the answer states of it: built once. */
type CatalogueEntry = IndicatorEntry & { item: { id: string; label: string; unit: string; ledger: string } };
let catalogue: { ledger: LedgerDef; entries: CatalogueEntry[] }[] | undefined;
function indicatorCatalogue() {
  catalogue ??= LEDGERS.map((ledger) => ({
    ledger,
    entries: ledger.indicators.flatMap((def) => {
      const meta = findIndicator(def.id);
      return meta
        ? [{ ledger, def, item: { id: def.id, label: meta.label, unit: meta.unit, ledger: ledger.kind } }]
        : [];
    }),
  }));
  return catalogue;
}

/** Every indicator of the ledgers the caller reads at the organisation, computed for the year. */
export async function indicatorValues(k: Kdb, actor: Actor, q: { org?: number; year: number }) {
  const path = await scopeOrg(k, actor, q.org);
  const entries = indicatorCatalogue().flatMap(({ ledger, entries }) =>
    pathInScope(path, fullReadPaths(actor, ledger)) ? entries : [],
  );
  // the table stamps the session statement read: the roll-up reads none of its own
  const values = await computeIndicators(k, entries, [path], q.year, actor.tableStamps);
  const items = entries.map(({ def, item }) => ({ ...item, value: values.get(def.id)! }));
  return { year: q.year, items };
}

/** One page of the records an indicator counts, in the order the indicator gives them. */
export async function indicatorRecords(
  k: Kdb,
  actor: Actor,
  id: string,
  q: { org?: number; year: number; page: number; pageSize: number },
  pii: Pii,
) {
  const found = findLedgerIndicator(id);
  if (!found) throw notFound(M.indicatorUnknown(id));
  const path = await scopeOrg(k, actor, q.org);
  if (!pathInScope(path, fullReadPaths(actor, found.ledger)))
    throw forbidden(M.forbiddenLedger(found.ledger.label));
  const { type, ids } = await found.def.drill(k, [path], q.year);
  const rt = findRecordType(found.ledger, type)!;
  const pageIds = ids.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  let rows: LedgerRow[] = [];
  if (pageIds.length > 0) {
    // The ledger's scoped query (the caller's reading scope), narrowed to the page's ids.
    const query = await scopedQuery(k, actor, found.ledger, rt, { page: 1, pageSize: pageIds.length });
    const got = (await query.selectAll('r').where('r.id', 'in', pageIds).execute()) as LedgerRow[];
    const byId = new Map(got.map((r) => [r.id, r]));
    // A record outside the scope is not found, as when it is opened on its own.
    if (byId.size !== pageIds.length) throw notFound(M.record);
    rows = pageIds.map((rid) => byId.get(rid)!);
  }
  return {
    indicator: id,
    ledger: found.ledger.kind,
    type,
    year: q.year,
    total: ids.length,
    items: await presentRows(k, rt, rows, pii),
  };
}
