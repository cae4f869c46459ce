// Document numbers of any ledger (案号, 文号): the fields a manifest marks `docNo` are stored in
// their canonical spelling (src/shared/doc-number.ts) and unique per organisation, kind (the
// number's prefix: 机关代字 + 类别字) and year; the next free number is offered to the forms
// (GET …/numbers/:field) and named in the refusal of a duplicate.
import {
  type DocNumber,
  formatDocNo,
  normaliseDocNo,
  orgShortName,
  parseDocNo,
} from '../../shared/doc-number.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { pathInScope } from '../db/scope.ts';
import { conflict, notFound } from '../errors.ts';
import type { FieldDef, RecordTypeDef } from './contract.ts';

// biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time from the manifest
type AnyDb = any;

/** The fields of a record type marked as document numbers. */
export const docNoFields = (rt: RecordTypeDef): FieldDef[] => rt.fields.filter((f) => f.docNo);

/** The numbers a field holds for one organisation whose text names `year`, but the record `except`. */
async function numbersOf(
  k: Kdb | Tx,
  rt: RecordTypeDef,
  field: string,
  orgId: number,
  year: number | null,
  except: number | null,
): Promise<Array<{ id: number; text: string }>> {
  let q = (k as AnyDb)
    .selectFrom(rt.table)
    .select(['id', `${field} as text`])
    .where('orgId', '=', orgId)
    .where(field, 'is not', null);
  if (year !== null) q = q.where(field, 'like', `%${year}%`);
  if (except !== null) q = q.where('id', '<>', except);
  return (await q.execute()) as Array<{ id: number; text: string }>;
}

const sameNumber = (a: string, b: string, pa: DocNumber | null) => {
  if (!pa) return normaliseDocNo(b) === a;
  const pb = parseDocNo(b);
  return pb !== null && pb.prefix === pa.prefix && pb.year === pa.year && pb.seq === pa.seq;
};

/** The first free sequence number after the highest one of that prefix and year. */
function nextAfter(prefix: string, year: number, texts: string[]): string {
  let max = 0;
  for (const t of texts) {
    const p = parseDocNo(t);
    if (p && p.prefix === prefix && p.year === year) max = Math.max(max, p.seq);
  }
  return formatDocNo({ prefix, year, seq: max + 1 });
}

/**
 * The next free number of a field for an organisation and year: the prefix of the organisation's
 * latest number of that field, or its short name and the field's 类别字 when it has none.
 */
export async function nextDocNo(
  k: Kdb | Tx,
  rt: RecordTypeDef,
  field: FieldDef,
  org: { id: number; name: string },
  year: number,
): Promise<string | null> {
  if (!field.docNo) return null;
  const latest = (await (k as AnyDb)
    .selectFrom(rt.table)
    .select(`${field.name} as text`)
    .where('orgId', '=', org.id)
    .where(field.name, 'is not', null)
    .orderBy('id', 'desc')
    .limit(20)
    .execute()) as Array<{ text: string }>;
  const prefix =
    latest.map((r) => parseDocNo(r.text)?.prefix).find((p) => p) ??
    `${orgShortName(org.name)}${field.docNo.word}`;
  const used = await numbersOf(k, rt, field.name, org.id, year, null);
  return nextAfter(
    prefix,
    year,
    used.map((r) => r.text),
  );
}

/**
 * Puts the document numbers among `values` in their canonical spelling and refuses (409
 * DOC_NO_TAKEN, at the field, with the next free number) one another record of the organisation
 * already holds.
 */
export async function claimDocNumbers(
  tx: Tx,
  rt: RecordTypeDef,
  values: Record<string, unknown>,
  orgId: number,
  self: number | null,
): Promise<void> {
  for (const f of docNoFields(rt)) {
    const v = values[f.name];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const text = normaliseDocNo(v);
    values[f.name] = text;
    const parsed = parseDocNo(text);
    const used = await numbersOf(tx, rt, f.name, orgId, parsed?.year ?? null, self);
    if (!used.some((r) => sameNumber(text, r.text, parsed))) continue;
    const next = parsed
      ? nextAfter(
          parsed.prefix,
          parsed.year,
          used.map((r) => r.text),
        )
      : null;
    const message = next
      ? `${f.label}“${text}”已被本单位另一条记录使用，同一机关代字、年份的编号不得重复；下一个可用编号为${next}`
      : `${f.label}“${text}”已被本单位另一条记录使用，编号不得重复`;
    throw conflict('DOC_NO_TAKEN', message, { fields: { [f.name]: message }, next });
  }
}

/**
 * GET …/numbers/:field: the next free number of `field` for an organisation in the actor's
 * ledger scope `paths` (their own by default), in the year of `on` (today by default).
 */
export async function suggestDocNo(
  k: Kdb,
  actor: Actor,
  paths: readonly string[],
  rt: RecordTypeDef,
  fieldName: string,
  query: { org?: number; on?: string },
  today: string,
): Promise<{ field: string; next: string | null }> {
  const field = rt.fields.find((f) => f.name === fieldName);
  if (!field?.docNo) throw notFound(`字段${fieldName}`);
  const org = await k
    .selectFrom('org')
    .select(['id', 'name', 'path'])
    .where('id', '=', query.org ?? actor.orgId)
    .executeTakeFirst();
  if (!org || !pathInScope(org.path, paths)) throw notFound('组织');
  const year = Number((query.on ?? today).slice(0, 4));
  return { field: field.name, next: await nextDocNo(k, rt, field, org, year) };
}
