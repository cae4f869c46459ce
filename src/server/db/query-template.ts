// Compiled queries kept per process by the shape of what built them. Building and compiling a
// Kysely query (the builder's immutable nodes, the CamelCasePlugin's transform, the compiler) costs
// a hot list request about as much as the database's own work; a query whose structure is decided
// by a few things (the table, the reader's scope, which filters are set) and whose values are
// otherwise only parameters is built once per shape and then only filled in.
//
// `templateQuery(k, key, values, build)`: `build` receives stand-ins for `values` (strings no real
// value contains) and builds the query as it always does; each parameter of the compiled SQL that
// is a stand-in — or a string containing stand-ins, such as a LIKE pattern — is recorded as a slot.
// The next call with the same key fills the slots with its own values. The caller promises that the
// key names everything the structure depends on. Under tests (`verify`) every call also builds the
// query with the real values and fails when the filled template differs: a key that misses a
// structural choice cannot pass the suite.
import { type Compilable, CompiledQuery, PostgresAdapter } from 'kysely';
import { nameStatement } from './named-statements.ts';

type Param = { value: unknown } | { slot: number } | { parts: (string | number)[] };
interface Template {
  sql: string;
  params: Param[];
}

const STAND_IN = /\u0000fz(\d+)\u0000/g;
const standIn = (i: number) => `\u0000fz${i}\u0000`;

/** Verify every filled template against a fresh build: on under vitest (see the header). */
export let verifyTemplates = process.env.VITEST !== undefined;
export function setVerifyTemplates(on: boolean): void {
  verifyTemplates = on;
}

/** Per database (its dialect adapter, which its transactions share) and plugin set. */
const byDatabase = new WeakMap<object, Map<string, Template>>();
const MAX_PER_DATABASE = 5_000;

// biome-ignore lint/suspicious/noExplicitAny: any Kysely instance or transaction
type AnyKysely = { getExecutor(): any };

function templatesOf(k: AnyKysely): { templates: Map<string, Template>; prefix: string } {
  const executor = k.getExecutor();
  let templates = byDatabase.get(executor.adapter);
  if (!templates) {
    templates = new Map();
    byDatabase.set(executor.adapter, templates);
  }
  // plugins transform the compiled SQL (CamelCasePlugin): a different set is a different template
  const prefix = (executor.plugins as object[]).map((p) => p.constructor.name).join(',');
  return { templates, prefix };
}

function record(sql: string, parameters: readonly unknown[], n: number): Template {
  if (sql.includes('\u0000')) throw new Error('query template: a stand-in reached the SQL text');
  const params = parameters.map((p): Param => {
    if (typeof p !== 'string' || !p.includes('\u0000')) return { value: p };
    const whole = /^\u0000fz(\d+)\u0000$/.exec(p);
    if (whole) return { slot: Number(whole[1]) };
    const parts: (string | number)[] = [];
    let last = 0;
    for (const m of p.matchAll(STAND_IN)) {
      parts.push(p.slice(last, m.index), Number(m[1]));
      last = (m.index ?? 0) + m[0].length;
    }
    parts.push(p.slice(last));
    return { parts };
  });
  for (const p of params) if ('slot' in p && p.slot >= n) throw new Error('query template: unknown stand-in');
  return { sql, params };
}

function fill(t: Template, values: readonly unknown[]): unknown[] {
  return t.params.map((p) => {
    if ('value' in p) return p.value;
    if ('slot' in p) return values[p.slot];
    return p.parts.map((x) => (typeof x === 'number' ? String(values[x]) : x)).join('');
  });
}

/**
 * The compiled query `build(values)` would give, from the template kept under `key` (built with
 * stand-ins on first use). `values` are what the builder uses only as query parameters (or inside
 * one string parameter); everything else that `build` reads must be in `key`. `named`: the shape's
 * best plan is the same for every value, so PostgreSQL may run it as a named statement with a
 * generic plan (named-statements.ts).
 */
export function templateQuery<R>(
  k: AnyKysely,
  key: string,
  values: readonly unknown[],
  build: (values: readonly unknown[]) => Compilable<R>,
  opts: { named?: boolean } = {},
): CompiledQuery<R> {
  // null and undefined stay themselves (a builder may leave out what is not set): part of the key
  const { templates, prefix } = templatesOf(k);
  const full = `${prefix}\n${values.map((v) => (v === null || v === undefined ? '-' : '+')).join('')}\n${key}`;
  let t = templates.get(full);
  if (!t) {
    const c = build(values.map((v, i) => (v === null || v === undefined ? v : standIn(i)))).compile();
    t = record(c.sql, c.parameters, values.length);
    if (opts.named && k.getExecutor().adapter instanceof PostgresAdapter) nameStatement(t.sql);
    if (templates.size >= MAX_PER_DATABASE) templates.clear();
    templates.set(full, t);
  }
  const compiled = CompiledQuery.raw(t.sql, fill(t, values)) as CompiledQuery<R>;
  if (verifyTemplates) {
    const fresh = build(values).compile();
    const same =
      fresh.sql === compiled.sql &&
      fresh.parameters.length === compiled.parameters.length &&
      fresh.parameters.every((p, i) => Object.is(p, compiled.parameters[i]) || p === compiled.parameters[i]);
    if (!same)
      throw new Error(
        `query template ${JSON.stringify(key.slice(0, 200))}: differs from a fresh build\n${fresh.sql}\n${compiled.sql}\n${JSON.stringify(fresh.parameters)}\n${JSON.stringify(compiled.parameters)}`,
      );
  }
  return compiled;
}
