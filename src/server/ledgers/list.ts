// A ledger list's page and total (GET /api/ledgers/:kind/:type): the scoped, filtered query of
// store.ts read as a deferred join, presented with masking. The hot path of the workbench, so its
// two statements are built once per shape (db/query-template.ts): the shape is the record type, the
// reader (user, roles, scope) and which filters are set; the filters' values, the page and its size
// are parameters.
import type { CompiledQuery, Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import type { Pii } from '../core/pii.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { templateQuery } from '../db/query-template.ts';
import { withLiteralScope } from '../db/scope.ts';
import { RECORD_COLUMNS } from './columns.ts';
import type { FieldDef, LedgerDef, LedgerRow, RecordTypeDef } from './contract.ts';
import { linkTarget, linkTitles } from './links.ts';
import { currentPageStamps, keepPage, keptPage, type PageTitles, pageStampNames } from './list-page-cache.ts';
import { holdingOne, holdingOrgsPage, namedWalk, pageIdsQuery, perOrgPage } from './list-page-ids.ts';
import { scopeOrgs, scopeWrites } from './list-scope-writes.ts';
import { type CountedQuery, countRows, tableStampName } from './list-total.ts';
import { type KnownNames, presentRows, type RecordView } from './present.ts';
import { filteredQuery, type ListFilters, type ListQuery, listFilters, scopePaths } from './store.ts';

// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
const any = (k: Kdb | Tx) => k as unknown as Kysely<any>;

/** The reader and the record type: with the set filters (part of the template's own key), the shape. */
function shapeKey(actor: Actor, ledger: LedgerDef, rt: RecordTypeDef, paths: string[]): string {
  return JSON.stringify([
    ledger.kind,
    rt.type,
    paths,
    actor.userId,
    actor.system === true,
    actor.roles.map((r) => [r.role, r.orgPath]),
  ]);
}

/**
 * The fields a page carries: every field, or with `columns=list` (what the workbench's list and its
 * print ask for) those it shows — the manifest's list columns, the title and the date field. A case
 * has about fifty fields and its list shows seven: the rest are read, decrypted, masked and sent
 * only to be dropped by the browser.
 */
export function pageFields(rt: RecordTypeDef, columns: ListQuery['columns']): readonly FieldDef[] {
  if (columns !== 'list') return rt.fields;
  return rt.fields.filter((f) => f.list || f.name === rt.titleField || f.name === rt.dateField);
}

/**
 * The link titles of a kept page, read again after writes to the linked tables only
 * (list-page-cache.ts); null without link fields.
 */
function pageTitles(linkFields: readonly FieldDef[], stamps: readonly string[]): PageTitles | null {
  if (linkFields.length === 0) return null;
  const linked = new Set(linkFields.map((f) => tableStampName(linkTarget(f).rt.table)));
  // the record table's own stamp (a link to its own table) is never a title's alone
  const positions = new Set(stamps.flatMap((n, i) => (i > 0 && linked.has(n) ? [i] : [])));
  return {
    positions,
    async refresh(k, items) {
      const titles = await linkTitles(
        k,
        linkFields,
        items.map((it) => it.fields as LedgerRow),
      );
      return items.map((it) => {
        const display = { ...it.display };
        for (const f of linkFields) {
          const id = it.fields[f.name];
          if (typeof id === 'number') display[f.name] = titles.get(f.name)?.get(id) ?? '';
        }
        return { ...it, display };
      });
    },
  };
}

/** What a page of a record type's fields (every one, or the list's) reads and is kept under. */
interface PageShape {
  fields: readonly FieldDef[];
  orgFields: readonly FieldDef[];
  userFields: readonly FieldDef[];
  linkFields: readonly FieldDef[];
  /** The columns its statement selects. */
  selected: readonly string[];
  /** The stamps it is kept under (list-page-cache.ts). */
  stamps: readonly string[];
  /** It shows titles of its own table's records. */
  selfLinked: boolean;
  titles: PageTitles | null;
}

const pageShapes = new WeakMap<RecordTypeDef, Map<string, PageShape>>();

/** The page shape of these columns, derived once per record type and columns. */
function pageShape(rt: RecordTypeDef, columns: ListQuery['columns']): PageShape {
  let byColumns = pageShapes.get(rt);
  if (!byColumns) {
    byColumns = new Map();
    pageShapes.set(rt, byColumns);
  }
  const key = columns ?? 'all';
  let shape = byColumns.get(key);
  if (!shape) {
    const fields = pageFields(rt, columns);
    const linkFields = fields.filter((f) => f.type === 'link');
    const stamps = pageStampNames(rt, fields);
    shape = {
      fields,
      orgFields: fields.filter((f) => f.type === 'org'),
      userFields: fields.filter((f) => f.type === 'user'),
      linkFields,
      selected: [...new Set([...Object.keys(RECORD_COLUMNS), ...fields.map((f) => f.name)])],
      stamps,
      selfLinked: linkFields.some((f) => linkTarget(f).rt.table === rt.table),
      titles: pageTitles(linkFields, stamps),
    };
    byColumns.set(key, shape);
  }
  return shape;
}

const filterValues = (f: ListFilters) => [f.state ?? null, f.from ?? null, f.to ?? null, f.pattern ?? null];
const filtersOf = (v: readonly unknown[]): ListFilters => ({
  state: v[0] as string | null,
  from: v[1] as string | null,
  to: v[2] as string | null,
  pattern: v[3] as string | null,
});

export async function listRecords(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  query: ListQuery,
  pii: Pii,
): Promise<{ items: RecordView[]; total: number }> {
  const paths = await scopePaths(k, actor, ledger, rt, query);
  const shape = shapeKey(actor, ledger, rt, paths);
  const { fields, orgFields, userFields, linkFields, selected, stamps, selfLinked, titles } = pageShape(
    rt,
    query.columns,
  );
  const filters = filterValues(listFilters(query));
  const skip = (query.page - 1) * query.pageSize;
  const count: CountedQuery = {
    key: `count\n${shape}`,
    values: filters,
    build: (v) => filteredQuery(k, actor, ledger, rt, paths, filtersOf(v)),
  };
  // A page kept under the current stamps of every table it shows (list-page-cache.ts).
  const kept = `${shape}\n${query.columns ?? 'all'}\n${JSON.stringify([...filters, query.pageSize, skip])}`;
  const now = currentPageStamps(k, stamps, actor.tableStamps);
  // Writes elsewhere in the table leave a page and its total kept (list-scope-writes.ts), unless
  // the page shows titles of the table's own records, which may lie anywhere.
  const scope = now && scopeWrites(k, rt.table, paths, now[0]);
  const pageScope = selfLinked ? null : scope;
  const hit = await keptPage(k, kept, now, pageScope, titles);
  if (hit) return { items: hit, total: await countRows(k, rt.table, count, now?.slice(0, 2) ?? null, scope) };
  // Deferred join: the page's ids from the indexes alone, then those rows (OFFSET over whole rows
  // read every skipped row from the table). The rows come with the names of their organisations
  // and users and the titles of the records they link to: one round trip.
  // The page names its columns (the record table's are the common columns and the fields,
  // fields.test.ts), every field or the list's: a named statement's result keeps its shape when a
  // migration adds a column, which `r.*` would not.
  // The scope's write count, with the page unless already kept under the table's stamp.
  const knownScope = pageScope?.known() ?? null;
  const readScope = pageScope !== null && knownScope === null;
  const walk = namedWalk(k, rt, paths, filtersOf(filters));
  // SQLite: the one organisation holding the scope's rows, read in its place (list-page-ids.ts).
  // Kept under the record table's and `org`'s stamps: a write to either may change which
  // organisations under the scope hold rows (a new case, a village moved to another township).
  const holding =
    now && holdingOrgsPage(k, rt)
      ? holdingOne(await scopeOrgs(k as Kdb, rt.table, paths, now.slice(0, 2).join(' ')))
      : null;
  const page = templateQuery(
    k,
    `page\n${query.columns ?? 'all'}${readScope ? '+scope' : ''}${holding ? ` in ${holding.join(',')}` : ''}\n${shape}`,
    [...filters, query.pageSize, skip],
    (v) => {
      const read = () =>
        pageIdsQuery(
          k,
          actor,
          ledger,
          rt,
          paths,
          filtersOf(v),
          v[4] as number,
          v[5] as number,
          undefined,
          holding,
        );
      const ids = walk ? withLiteralScope(read) : read();
      // Names by left joins on the named tables' keys: as correlated subqueries, PostgreSQL
      // scanned the small org and app_user tables once for each row of the page.
      let joined = any(k).selectFrom(ids.as('p')).innerJoin(`${rt.table} as r`, 'r.id', 'p.id');
      orgFields.forEach((f, i) => {
        joined = joined.leftJoin(`org as fzOrgOf${i}`, `fzOrgOf${i}.id`, `r.${f.name}`);
      });
      userFields.forEach((f, i) => {
        joined = joined.leftJoin(`appUser as fzUserOf${i}`, `fzUserOf${i}.id`, `r.${f.name}`);
      });
      linkFields.forEach((f, i) => {
        joined = joined.leftJoin(
          `${linkTarget(f).rt.table} as fzLinkOf${i}`,
          `fzLinkOf${i}.id`,
          `r.${f.name}`,
        );
      });
      const names = [
        ...orgFields.map((_, i) => `fzOrgOf${i}.name as fzOrgName${i}`),
        ...userFields.map((_, i) => `fzUserOf${i}.displayName as fzUserName${i}`),
        ...linkFields.map((f, i) => `fzLinkOf${i}.${linkTarget(f).rt.titleField} as fzLinkTitle${i}`),
      ];
      let selects = joined.select(selected.map((c) => `r.${c}`));
      if (names.length > 0) selects = selects.select(names);
      if (readScope) selects = selects.select(pageScope.query().as('fzScopeWrites'));
      return selects.orderBy(`r.${rt.dateField}`, 'desc').orderBy('r.id', 'desc');
    },
    // Read organisation by organisation, or by the walk with the scope written out, the page's
    // plan is the same whatever the values.
    { named: walk || perOrgPage(k, rt, paths, filtersOf(filters)) },
  );
  const rows = (await k.executeQuery(page as CompiledQuery<LedgerRow>)).rows;
  const known: KnownNames = {
    orgs: new Map(),
    users: new Map(),
    links: new Map(linkFields.map((f) => [f.name, new Map()])),
  };
  for (const r of rows) {
    orgFields.forEach((f, i) => {
      const id = r[f.name];
      const name = r[`fzOrgName${i}`];
      if (typeof id === 'number' && typeof name === 'string') known.orgs.set(id, name);
    });
    userFields.forEach((f, i) => {
      const id = r[f.name];
      const name = r[`fzUserName${i}`];
      if (typeof id === 'number' && typeof name === 'string') known.users.set(id, name);
    });
    linkFields.forEach((f, i) => {
      const id = r[f.name];
      const title = r[`fzLinkTitle${i}`];
      // A title read as NULL is looked up as before (links.ts shows the id then).
      if (typeof id === 'number' && (typeof title === 'string' || typeof title === 'number'))
        known.links?.get(f.name)?.set(id, String(title));
    });
  }
  // Cached per process under the tables' write stamps (list-total.ts): exact across processes.
  const total = await countRows(k, rt.table, count, now?.slice(0, 2) ?? null, scope);
  const items = await presentRows(k, rt, rows, pii, known, fields);
  // Kept under the stamps the session read before the page (list-page-cache.ts).
  const counted = knownScope ?? (rows[0]?.fzScopeWrites as string | undefined) ?? null;
  if (readScope && counted !== null) scope?.seen(counted);
  keepPage(k, kept, now, items, counted);
  return { items, total };
}
