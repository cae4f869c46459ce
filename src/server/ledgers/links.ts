// Links between records (`link` fields): a field stores the id of a record of another (or the same)
// ledger. The target must exist in the writer's reading scope of its ledger; lists, details and
// exports show its title; the form searches the targets by title or number; imports accept either.
// The targets are resolved through the registry, which registers itself here when it loads (the
// registry imports every ledger, and the ledgers' seeds import the store, so the store cannot
// import the registry without a cycle).
import { type Kysely, sql } from 'kysely';
import type { Actor } from '../core/actor.ts';
import { escapeLike } from '../core/sql-util.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { invalid, notFound } from '../errors.ts';
import type { FieldDef, LedgerDef, LedgerRow, RecordTypeDef } from './contract.ts';
import { readPaths } from './policy.ts';

// biome-ignore lint/suspicious/noExplicitAny: ledger tables are named by their manifests
type AnyDb = Kysely<any>;
const any = (k: Kdb | Tx) => k as unknown as AnyDb;

export interface LinkTarget {
  ledger: LedgerDef;
  rt: RecordTypeDef;
}

type Resolver = (kind: string, type: string) => LinkTarget | undefined;
let resolver: Resolver | null = null;

/** Called once by registry.ts: how a link's `{ ledger, type }` becomes a manifest. */
export function registerLinkTargets(resolve: Resolver): void {
  resolver = resolve;
}

export const LINK_MESSAGES = {
  outOfScope: (label: string) => `所选“${label}”记录不存在或不在您的管辖范围内`,
  importBad: (label: string) => `未找到该“${label}”记录，或不在您的管辖范围内（填写名称或编号）`,
  importAmbiguous: '有多条记录同名，请填写编号',
  notLink: (field: string) => `“${field}”不是关联记录字段`,
} as const;

/** The ledger and record type a link field points at (a declaration error throws). */
export function linkTarget(f: FieldDef): LinkTarget {
  if (f.type !== 'link' || !f.link) throw new Error(`field ${f.name} is not a link field`);
  const target = resolver?.(f.link.ledger, f.link.type);
  if (!target) throw new Error(`link field ${f.name}: unknown target ${f.link.ledger}/${f.link.type}`);
  return target;
}

/** Refuses (400, Chinese) a link to a record that does not exist or lies outside the actor's scope. */
export async function checkLink(k: Kdb | Tx, actor: Actor, f: FieldDef, value: number): Promise<void> {
  const { ledger, rt } = linkTarget(f);
  const paths = readPaths(actor, ledger);
  const found = await any(k)
    .selectFrom(`${rt.table} as t`)
    .select('t.id')
    .where('t.id', '=', value)
    .where((eb) => inOrgSubtree(eb as never, 't.orgId' as never, paths))
    .executeTakeFirst();
  if (!found) {
    const message = LINK_MESSAGES.outOfScope(f.label);
    throw invalid(`${f.name}: ${message}`, { [f.name]: message });
  }
}

/** The titles of the records the rows link to, per link field (those already `known` are not read). */
export async function linkTitles(
  k: Kdb | Tx,
  fields: readonly FieldDef[],
  rows: readonly LedgerRow[],
  known?: ReadonlyMap<string, ReadonlyMap<number, string>>,
): Promise<Map<string, Map<number, string>>> {
  const out = new Map<string, Map<number, string>>();
  for (const f of fields) {
    if (f.type !== 'link') continue;
    const titles = new Map(known?.get(f.name));
    out.set(f.name, titles);
    const ids = [
      ...new Set(
        rows.map((r) => r[f.name]).filter((v): v is number => typeof v === 'number' && !titles.has(v)),
      ),
    ];
    if (ids.length === 0) continue;
    const { rt } = linkTarget(f);
    const found = (await any(k)
      .selectFrom(rt.table)
      .select(['id', `${rt.titleField} as title`])
      .where('id', 'in', ids)
      .execute()) as Array<{ id: number; title: unknown }>;
    for (const t of found) titles.set(t.id, String(t.title ?? t.id));
  }
  return out;
}

export interface LinkOption {
  value: number;
  label: string;
  number: string | null;
  orgName: string;
  stateLabel: string;
}

/**
 * Records a link field may name: the target type's records in the actor's reading scope of the
 * target ledger whose title (or number) contains `q`, newest first, at most 20; `id` returns that
 * one record (the form's current value) when it is in scope.
 */
export async function searchLinks(
  k: Kdb | Tx,
  actor: Actor,
  from: RecordTypeDef,
  fieldName: string,
  query: { q?: string; id?: number },
): Promise<LinkOption[]> {
  const f = from.fields.find((x) => x.name === fieldName);
  if (f?.type !== 'link') throw notFound(LINK_MESSAGES.notLink(fieldName));
  const { ledger, rt } = linkTarget(f);
  const paths = readPaths(actor, ledger);
  let q = any(k)
    .selectFrom(`${rt.table} as t`)
    .innerJoin('org as o', 'o.id', 't.orgId')
    .where((eb) => inOrgSubtree(eb as never, 't.orgId' as never, paths));
  if (query.id !== undefined) q = q.where('t.id', '=', query.id);
  const text = query.q?.trim();
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    const cols = [rt.titleField, ...(rt.numberField ? [rt.numberField] : [])];
    q = q.where((eb) =>
      eb.or(cols.map((c) => sql<boolean>`${eb.ref(`t.${c}`)} LIKE ${pattern} ESCAPE '\\'`)),
    );
  }
  const rows = (await q
    .select([
      't.id as id',
      `t.${rt.titleField} as title`,
      ...(rt.numberField ? [`t.${rt.numberField} as number`] : []),
      'o.name as orgName',
      't.state as state',
    ])
    .orderBy(`t.${rt.dateField}`, 'desc')
    .orderBy('t.id', 'desc')
    .limit(20)
    .execute()) as Array<{ id: number; title: unknown; number?: unknown; orgName: string; state: string }>;
  return rows.map((r) => ({
    value: r.id,
    label: String(r.title ?? r.id),
    number: r.number === null || r.number === undefined ? null : String(r.number),
    orgName: r.orgName,
    stateLabel: rt.workflow.states.find((s) => s.id === r.state)?.label ?? r.state,
  }));
}

/** A link's value as an import cell gives it: a record's number, else its title. */
export type LinkLookup = (text: string) => number | 'ambiguous' | undefined;

/** For imports: each link field's targets in the actor's scope, found by number or by title. */
export async function linkLookups(
  k: Kdb | Tx,
  actor: Actor,
  fields: readonly FieldDef[],
): Promise<Map<string, LinkLookup>> {
  const out = new Map<string, LinkLookup>();
  for (const f of fields) {
    if (f.type !== 'link') continue;
    const { ledger, rt } = linkTarget(f);
    const rows = (await any(k)
      .selectFrom(`${rt.table} as t`)
      .select([
        't.id as id',
        `t.${rt.titleField} as title`,
        ...(rt.numberField ? [`t.${rt.numberField} as number`] : []),
      ])
      .where((eb) => inOrgSubtree(eb as never, 't.orgId' as never, readPaths(actor, ledger)))
      .execute()) as Array<{ id: number; title: unknown; number?: unknown }>;
    const numbers = new Map<string, number | 'ambiguous'>();
    const titles = new Map<string, number | 'ambiguous'>();
    const add = (map: Map<string, number | 'ambiguous'>, key: unknown, id: number) => {
      if (key === null || key === undefined || key === '') return;
      const had = map.get(String(key));
      map.set(String(key), had !== undefined && had !== id ? 'ambiguous' : id);
    };
    for (const r of rows) {
      add(numbers, r.number, r.id);
      add(titles, r.title, r.id);
    }
    out.set(f.name, (text) => numbers.get(text) ?? titles.get(text));
  }
  return out;
}
