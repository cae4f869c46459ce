// Kysely's CamelCasePlugin renames every key of every row read: it converts each column name
// character by character and builds each row by adding its keys one at a time (for a list page,
// 20 rows of 25 columns, about 35 µs of a request's CPU; 3 µs here). The rows of one result share
// their columns, so here the renaming is compiled once per list of columns into a function that
// builds the row as one object literal (its shape fixed from the start) and is reused for every
// result with those columns. What it does is the plugin's: nested plain objects and arrays of
// them (PostgreSQL json) are renamed by the plugin's own code, every other value is left as it is.
import { CamelCasePlugin, type PluginTransformResultArgs, type QueryResult, type UnknownRow } from 'kysely';

/** Past this many lists of columns the compiled renamings start afresh. */
const MAX_SHAPES = 2_000;

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

type Rename = (row: UnknownRow, nested: (v: unknown) => unknown) => UnknownRow;

export class CamelCaseRows extends CamelCasePlugin {
  readonly #shapes = new Map<string, Rename>();
  readonly #nested = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map((x) => (isPlainObject(x) ? this.mapRow(x) : x));
    return isPlainObject(v) ? this.mapRow(v) : v;
  };

  override async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const rows = args.result.rows;
    if (!Array.isArray(rows) || rows.length === 0) return args.result;
    // The rows of one result have the same columns: the first row's decide the renaming.
    const rename = this.#renameFor(Object.keys(rows[0]));
    return { ...args.result, rows: rows.map((row) => rename(row, this.#nested)) };
  }

  #renameFor(keys: string[]): Rename {
    const shape = keys.join('\0');
    let rename = this.#shapes.get(shape);
    if (!rename) {
      // Property names as JSON string literals: any column name is safe in the generated code. No
      // camelCased name is `__proto__` (which a literal would take for the prototype): an
      // underscore before a letter is dropped.
      const body = keys.map((k) => `${JSON.stringify(this.camelCase(k))}: n(r[${JSON.stringify(k)}])`);
      rename = new Function('r', 'n', `return { ${body.join(', ')} };`) as Rename;
      if (this.#shapes.size >= MAX_SHAPES) this.#shapes.clear();
      this.#shapes.set(shape, rename);
    }
    return rename;
  }
}
