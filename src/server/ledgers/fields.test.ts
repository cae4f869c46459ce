// The field contract: for every record type of every registered ledger, the field declarations
// (fields.ts), the zod inputs, the transitions' inputs, the export columns and the real table
// columns of a migrated database (both dialects) say the same thing. A field added in one place
// and forgotten in another fails here (the table checks report every mismatch at once).
import type { ColumnMetadata } from 'kysely';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachDialect } from '../../../test/db.ts';
import { type MigrationDb, recordTable } from '../db/migrations/util.ts';
import { RECORD_COLUMNS } from './columns.ts';
import type { FieldDef, RecordTypeDef } from './contract.ts';
import { fieldSchema } from './inputs.ts';
import { LEDGERS } from './registry.ts';

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COMMON = Object.keys(RECORD_COLUMNS);

/** The column type a field's type is stored as (docs/ARCHITECTURE.md, portable column types). */
function storedAs(f: FieldDef): 'integer' | 'numeric' | 'text' {
  if (f.type === 'int' || f.type === 'bool' || f.type === 'org' || f.type === 'user' || f.type === 'link')
    return 'integer';
  if (f.type === 'decimal') return 'numeric';
  return 'text';
}

/** SQLite and PostgreSQL spell the three portable types differently. */
function typeClass(dataType: string): string {
  const t = dataType.toLowerCase();
  if (['integer', 'int', 'int4', 'int8', 'bigint'].includes(t)) return 'integer';
  if (t === 'numeric' || t === 'decimal') return 'numeric';
  if (t === 'text') return 'text';
  return t;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  expect(schema, 'a record input is a zod object').toBeInstanceOf(z.ZodObject);
  return (schema as z.ZodObject).shape as Record<string, z.ZodType>;
}

const refusesMissing = (s: z.ZodType) => !s.safeParse(undefined).success;

const RECORD_TYPES: Array<{ kind: string; rt: RecordTypeDef }> = LEDGERS.flatMap((l) =>
  l.recordTypes.map((rt) => ({ kind: l.kind, rt })),
);

describe('field contract: declarations, inputs and exports', () => {
  for (const { kind, rt } of RECORD_TYPES) {
    describe(`${kind}/${rt.type}`, () => {
      const byName = new Map(rt.fields.map((f) => [f.name, f]));
      const form = rt.fields.filter((f) => !f.workflow);

      it('declares each field once, common columns only as orgId', () => {
        expect(byName.size).toBe(rt.fields.length);
        for (const c of COMMON) if (c !== 'orgId') expect(byName.has(c), c).toBe(false);
        expect(byName.get('orgId')?.type).toBe('org');
      });

      it('create input takes exactly the form fields, in their order; update a part of them', () => {
        const create = Object.keys(shapeOf(rt.inputs.create));
        expect(create).toEqual(form.map((f) => f.name));
        const update = Object.keys(shapeOf(rt.inputs.update));
        for (const name of update) expect(create, name).toContain(name);
        expect(rt.inputs.update.safeParse({}).success).toBe(true);
        expect(rt.inputs.create.safeParse({ notAField: 1 }).success).toBe(false);
      });

      it('create input refuses a missing field exactly when the field is required', () => {
        const shape = shapeOf(rt.inputs.create);
        for (const f of form) expect(refusesMissing(shape[f.name]), f.name).toBe(f.required === true);
        for (const [name, s] of Object.entries(shapeOf(rt.inputs.update))) {
          expect(refusesMissing(s), `update ${name}`).toBe(false);
        }
      });

      it("enum inputs accept exactly the field's options, naming their labels when refused", () => {
        const shape = shapeOf(rt.inputs.create);
        for (const f of form.filter((x) => x.type === 'enum')) {
          for (const o of f.options ?? [])
            expect(shape[f.name].safeParse(o.value).success, o.value).toBe(true);
          const refused = shape[f.name].safeParse('__not_an_option__');
          expect(refused.success).toBe(false);
          expect(refused.error?.issues[0]?.message).toBe(
            `应为以下之一：${(f.options ?? []).map((o) => o.label).join('、')}`,
          );
        }
      });

      it('text inputs accept the declared length and not one character more', () => {
        const shape = shapeOf(rt.inputs.create);
        for (const f of form) {
          if (f.max === undefined) {
            // A text field without a length keeps a hand-written rule (codes with a check character).
            if (['text', 'textarea', 'person'].includes(f.type))
              expect(fieldSchema(f), f.name).toBeUndefined();
            continue;
          }
          expect(['text', 'textarea', 'person'], f.name).toContain(f.type);
          expect(shape[f.name].safeParse('字'.repeat(f.max)).success, f.name).toBe(true);
          const long = shape[f.name].safeParse('字'.repeat(f.max + 1));
          expect(long.error?.issues[0]?.message, f.name).toBe(`不超过${f.max}字`);
        }
      });

      it('workflow fields are set by transitions whose inputs name them', () => {
        for (const t of rt.workflow.transitions) {
          const fields = t.fields ?? [];
          for (const name of fields) expect(byName.has(name), `${t.id} sets ${name}`).toBe(true);
          if (!t.input) {
            expect(fields, `${t.id} sets fields without an input`).toEqual([]);
            continue;
          }
          const keys = Object.keys(shapeOf(t.input));
          expect([...keys].sort(), `${t.id}: input keys = its fields`).toEqual([...fields].sort());
        }
      });

      it('exports name declared fields or the state, once each', () => {
        expect(new Set(rt.exports).size).toBe(rt.exports.length);
        for (const c of rt.exports) expect(c === 'state' || byName.has(c), c).toBe(true);
      });
    });
  }
});

describeEachDialect('field contract: the migrated tables', (ctx) => {
  let tables: Map<string, Map<string, ColumnMetadata>> | undefined;
  const columnsOf = async (table: string) => {
    if (!tables) {
      const meta = await ctx().db.k.introspection.getTables();
      tables = new Map(meta.map((t) => [t.name, new Map(t.columns.map((c) => [c.name, c]))]));
    }
    const cols = tables.get(snake(table));
    expect(cols, `table ${snake(table)}`).toBeDefined();
    return cols ?? new Map<string, ColumnMetadata>();
  };

  for (const { kind, rt } of RECORD_TYPES) {
    it(`${kind}/${rt.type}: columns = common columns + fields, with matching types and nullability`, async () => {
      const cols = await columnsOf(rt.table);
      const create = shapeOf(rt.inputs.create);
      for (const [name, want] of Object.entries(RECORD_COLUMNS)) {
        const col = cols.get(snake(name));
        expect.soft(col, `common column ${name}`).toBeDefined();
        expect.soft(typeClass(col?.dataType ?? ''), name).toBe(want.type);
        // SQLite reports an INTEGER PRIMARY KEY (the rowid) as nullable; it never is.
        if (name === 'id') expect.soft(col?.isAutoIncrementing, 'id is generated').toBe(true);
        else expect.soft(col?.isNullable, `${name} nullable`).toBe(want.nullable);
      }
      const declared = new Set([...COMMON, ...rt.fields.map((f) => f.name)].map(snake));
      expect
        .soft(
          [...cols.keys()].filter((c) => !declared.has(c)),
          'columns without a field',
        )
        .toEqual([]);
      for (const f of rt.fields) {
        const col = cols.get(snake(f.name));
        expect.soft(col, `column of field ${f.name}`).toBeDefined();
        if (!col) continue;
        expect.soft(typeClass(col.dataType), `${f.name} (${f.type})`).toBe(storedAs(f));
        if (f.required) expect.soft(col.isNullable, `${f.name} is required`).toBe(false);
        // A NOT NULL column without a default is always given on create: a form field whose input
        // refuses its absence or supplies a default.
        if (!col.isNullable && !col.hasDefaultValue) {
          const given = f.workflow ? undefined : create[f.name]?.safeParse(undefined);
          const always = given !== undefined && (!given.success || given.data != null);
          expect.soft(always, `${f.name} is NOT NULL without a default`).toBe(true);
        }
      }
      for (const c of rt.exports) {
        if (c !== 'state') expect.soft(cols.has(snake(c)), `export ${c}`).toBe(true);
      }
    });
  }

  it('recordTable (for new migrations) creates the common columns as the released tables have them', async () => {
    const k = ctx().db.k as unknown as MigrationDb;
    await recordTable(k, 'zz_record_table_probe').addColumn('title', 'text').execute();
    try {
      const meta = await k.introspection.getTables();
      const probe = meta.find((t) => t.name === 'zz_record_table_probe');
      const released = meta.find((t) => t.name === 'dispute');
      const common = (cols: readonly ColumnMetadata[] = []) =>
        COMMON.map(snake).map((name) => cols.find((c) => c.name === name));
      expect(common(probe?.columns)).toEqual(common(released?.columns));
      expect(common(probe?.columns).every(Boolean)).toBe(true);
    } finally {
      await k.schema.dropTable('zz_record_table_probe').execute();
    }
  });
});
