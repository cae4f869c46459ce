// XLSX of any ledger record type: the import template (from the manifest's fields), the export
// (masked, with display labels) and the import itself — every row converted and validated first,
// errors named by row number and column label in Chinese, and nothing written unless every row is
// good; then all rows in one transaction.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isIsoDate } from '../../shared/calendar/index.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import { declaredSize, openZipEntry, type ZipEntry, zipEntries } from '../core/zip.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { AppError, forbidden } from '../errors.ts';
import type { FieldDef, LedgerDef, RecordTypeDef } from './contract.ts';
import { LINK_MESSAGES, type LinkLookup, linkLookups } from './links.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';
import { pathsWithRoles } from './policy.ts';
import { assertLedgerAccess, auditValues, insertRecord, type LedgerRuntime } from './store.ts';

export const MAX_IMPORT_ROWS = 5000;

/** Fields a person fills in: not set by the workflow, not attachments. */
export function importableFields(rt: RecordTypeDef): FieldDef[] {
  return rt.fields.filter((f) => !f.workflow && f.type !== 'attachment');
}

function header(f: FieldDef): string {
  return f.required ? `${f.label}${M.requiredMark}` : f.label;
}

export async function templateXlsx(rt: RecordTypeDef): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(rt.label);
  const fields = importableFields(rt);
  ws.addRow(fields.map(header));
  ws.getRow(1).font = { bold: true };
  fields.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, f.label.length * 2 + 4);
    const list =
      f.type === 'enum' ? (f.options ?? []).map((o) => o.label) : f.type === 'bool' ? [M.yes, M.no] : null;
    if (list) {
      for (let r = 2; r <= 1001; r++) {
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: !f.required,
          formulae: [`"${list.join(',')}"`],
        };
      }
    }
    if (f.type === 'date') col.numFmt = 'yyyy-mm-dd';
  });
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列', '是否必填', '填写要求']);
  help.getRow(1).font = { bold: true };
  for (const f of fields) help.addRow([f.label, f.required ? '必填' : '选填', hint(f)]);
  help.getColumn(1).width = 24;
  help.getColumn(3).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function hint(f: FieldDef): string {
  switch (f.type) {
    case 'enum':
      return `以下之一：${(f.options ?? []).map((o) => o.label).join('、')}`;
    case 'bool':
      return '是 或 否';
    case 'date':
      return '日期，如 2026-03-01';
    case 'datetime':
      return '日期时间，如 2026-03-01 09:30';
    case 'int':
      return '整数';
    case 'decimal':
      return '数字';
    case 'org':
      return '机构名称或代码（须在您的管辖范围内）';
    case 'user':
      return '人员姓名或账号';
    case 'link':
      return '关联记录的名称或编号（须在您的管辖范围内）';
    case 'phone':
      return '11位手机号码或带区号的固定电话（加密保存）';
    case 'idcard':
      return '18位公民身份号码（加密保存）';
    default:
      return f.help ?? '文字';
  }
}

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v).trim();
}

function toDate(v: ExcelJS.CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = cellText(v)
    .replace(/[年/.]/g, '-')
    .replace(/月/g, '-')
    .replace(/日/g, '');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

interface Lookups {
  orgs: Map<string, number | 'ambiguous'>;
  users: Map<string, number | 'ambiguous'>;
  links: Map<string, LinkLookup>;
}

function addKey(map: Map<string, number | 'ambiguous'>, key: string, id: number): void {
  const had = map.get(key);
  map.set(key, had !== undefined && had !== id ? 'ambiguous' : id);
}

async function lookups(
  k: Kdb | Tx,
  actor: Actor,
  fields: readonly FieldDef[],
  paths: string[],
): Promise<Lookups> {
  const orgs = await k
    .selectFrom('org')
    .select(['id', 'name', 'code'])
    .where((eb) => inOrgSubtree(eb, 'org.id', paths))
    .execute();
  const users = await k
    .selectFrom('appUser')
    .select(['id', 'username', 'displayName'])
    .where('active', '=', 1)
    .where((eb) => inOrgSubtree(eb, 'appUser.orgId', paths))
    .execute();
  const l: Lookups = { orgs: new Map(), users: new Map(), links: await linkLookups(k, actor, fields) };
  for (const o of orgs) {
    addKey(l.orgs, o.name, o.id);
    addKey(l.orgs, o.code, o.id);
  }
  for (const u of users) {
    addKey(l.users, u.displayName, u.id);
    addKey(l.users, u.username, u.id);
  }
  return l;
}

function convert(f: FieldDef, v: ExcelJS.CellValue, l: Lookups): { value?: unknown; error?: string } {
  const text = cellText(v);
  if (text === '') return { value: undefined };
  switch (f.type) {
    case 'date': {
      const d = toDate(v);
      return d ? { value: d } : { error: M.importBadDate };
    }
    case 'int':
    case 'decimal': {
      const n = typeof v === 'number' ? v : Number(text.replace(/,/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: M.importBadNumber };
    }
    case 'bool':
      return text === M.yes ? { value: true } : text === M.no ? { value: false } : { error: M.importBadBool };
    case 'enum': {
      const o = (f.options ?? []).find((x) => x.label === text || x.value === text);
      return o ? { value: o.value } : { error: M.importBadEnum((f.options ?? []).map((x) => x.label)) };
    }
    case 'org': {
      const id = l.orgs.get(text);
      return typeof id === 'number' ? { value: id } : { error: M.importBadOrg };
    }
    case 'user': {
      const id = l.users.get(text);
      return typeof id === 'number' ? { value: id } : { error: M.importBadUser };
    }
    case 'link': {
      const id = l.links.get(f.name)?.(text);
      if (id === 'ambiguous') return { error: LINK_MESSAGES.importAmbiguous };
      return typeof id === 'number' ? { value: id } : { error: LINK_MESSAGES.importBad(f.label) };
    }
    default:
      return { value: text };
  }
}

/** Largest XLSX import accepted, as the sum of its parts' uncompressed sizes (checked before parsing). */
export const MAX_IMPORT_XML_BYTES = 64 * 1024 * 1024;
/**
 * Largest import file as uploaded: a full 5,000-row template is well under 1 MB. The upload is
 * refused while it arrives, so a huge workbook is never held in memory.
 */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
/** Largest shared-strings part: it is the one part held in memory while the rows are read. */
const MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024;
/** Small parts read whole (relationships, workbook). */
const MAX_SMALL_PART_BYTES = 1024 * 1024;

/**
 * exceljs's streaming WorkbookReader reads a ZIP in the order of its entries (a worksheet found
 * before the shared strings goes to a temporary file) and trusts whatever the entries inflate to.
 * We drive its part parsers ourselves instead, over entries opened from the central directory with
 * a size guard, in the order the rows need them: relationships, workbook, styles (date formats),
 * shared strings, then the first worksheet, whose rows are parsed chunk by chunk and dropped.
 * These parsers are exceljs internals (4.x); the import tests cover them.
 */
interface ReaderInternals {
  model: { sheets?: Array<{ id: number; name: string; rId: string }> };
  workbookRels?: Array<{ Id: string; Target: string }>;
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(
    entry: NodeJS.ReadableStream,
    sheetNo: string,
  ): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/** The rows of the workbook's first worksheet, read as a stream; the sizes are checked first. */
async function* streamRows(file: Buffer): AsyncGenerator<ExcelJS.Row> {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(file, 2000);
  } catch {
    throw new AppError('IMPORT_BAD_FILE', 400, M.importBadFile);
  }
  const total = declaredSize(entries);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const strings = byName.get('xl/sharedStrings.xml');
  if (total > MAX_IMPORT_XML_BYTES || (strings && strings.size > MAX_SHARED_STRINGS_BYTES)) {
    throw new AppError(
      'IMPORT_TOO_LARGE',
      413,
      M.importTooLarge(MAX_IMPORT_XML_BYTES / 1024 / 1024, total / 1024 / 1024, MAX_IMPORT_ROWS),
    );
  }
  const open = (e: ZipEntry) => openZipEntry(file, e, { text: true });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const book = byName.get('xl/workbook.xml');
  if (!rels || !book || rels.size > MAX_SMALL_PART_BYTES || book.size > MAX_SMALL_PART_BYTES) {
    throw new AppError('IMPORT_BAD_FILE', 400, M.importBadFile);
  }
  await reader._parseRels(open(rels));
  await reader._parseWorkbook(open(book));
  const styles = byName.get('xl/styles.xml');
  if (styles) await reader._parseStyles(open(styles));
  if (strings) for await (const _ of reader._parseSharedStrings(open(strings))) void _;
  // the first worksheet in the workbook's order, as a full load's worksheets[0]
  const first = reader.model.sheets?.[0];
  const target = reader.workbookRels?.find((r) => r.Id === first?.rId)?.Target ?? '';
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path)?.[1];
  const sheet = sheetNo ? byName.get(path) : undefined;
  if (!sheet || !sheetNo) throw new AppError('IMPORT_BAD_FILE', 400, M.importBadFile);
  const stream = open(sheet);
  try {
    const ws = reader._parseWorksheet(stream, sheetNo).next().value?.value;
    if (!ws) throw new AppError('IMPORT_BAD_FILE', 400, M.importBadFile);
    yield* ws;
  } finally {
    stream.destroy();
  }
}

/** Parses and validates every row; throws 400 IMPORT_INVALID with every error, or returns the rows. */
export async function parseImport(
  k: Kdb | Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  file: Buffer,
): Promise<Array<{ row: number; values: Record<string, unknown> }>> {
  assertLedgerAccess(actor, ledger);
  if (!ledger.policy(actor, 'import')) throw forbidden(M.forbiddenAction('导入'));
  const fields = importableFields(rt);
  const l = await lookups(k, actor, fields, pathsWithRoles(actor, ledger.access.write));
  const errors: ImportError[] = [];
  const out: Array<{ row: number; values: Record<string, unknown> }> = [];
  let columns: Map<number, FieldDef> | null = null;
  let dataRows = 0;
  try {
    for await (const row of streamRows(file)) {
      const r = row.number;
      if (columns === null) {
        columns = new Map();
        // the header is row 1; a sheet whose first row is further down has no header
        if (r === 1) {
          row.eachCell((cell, col) => {
            const label = cellText(cell.value).replace(M.requiredMark, '').trim();
            const f = fields.find((x) => x.label === label);
            if (f) columns?.set(col, f);
          });
        }
        assertHeader(fields, columns);
        if (r === 1) continue;
      }
      const raw = [...columns.keys()].map((c) => cellText(row.getCell(c).value));
      if (raw.every((x) => x === '')) continue;
      // refused while reading: the rows past the limit are never parsed
      if (++dataRows > MAX_IMPORT_ROWS)
        throw new AppError('IMPORT_TOO_MANY', 400, M.importTooMany(MAX_IMPORT_ROWS));
      convertRow(rt, columns, row, l, errors, out);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('IMPORT_BAD_FILE', 400, M.importBadFile);
  }
  if (columns === null) throw new AppError('IMPORT_BAD_FILE', 400, M.importBadFile);
  if (errors.length > 0) {
    throw new AppError('IMPORT_INVALID', 400, M.importInvalid(errors.length), {
      errors: errors.slice(0, 500),
    });
  }
  if (out.length === 0) throw new AppError('IMPORT_EMPTY', 400, M.importEmpty);
  return out;
}

function assertHeader(fields: FieldDef[], columns: Map<number, FieldDef>): void {
  const present = new Set([...columns.values()].map((f) => f.name));
  const missing = fields.filter((f) => f.required && !present.has(f.name)).map((f) => f.label);
  if (missing.length > 0) throw new AppError('IMPORT_BAD_HEADER', 400, M.importNoHeader(missing));
}

function convertRow(
  rt: RecordTypeDef,
  columns: Map<number, FieldDef>,
  row: ExcelJS.Row,
  l: Lookups,
  errors: ImportError[],
  out: Array<{ row: number; values: Record<string, unknown> }>,
): void {
  const r = row.number;
  const values: Record<string, unknown> = {};
  const failed = new Set<string>();
  for (const [c, f] of columns) {
    const { value, error } = convert(f, row.getCell(c).value, l);
    if (error) {
      errors.push({ row: r, column: f.label, message: error });
      failed.add(f.name);
    } else if (value !== undefined) values[f.name] = value;
  }
  const parsed = rt.inputs.create.safeParse(values);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (failed.has(name) || seen.has(name)) continue;
      seen.add(name);
      const f = rt.fields.find((x) => x.name === name);
      const message = values[name] === undefined && f?.required ? M.importRequired : issue.message;
      errors.push({ row: r, column: f?.label ?? name, message });
    }
  } else if (failed.size === 0) out.push({ row: r, values: parsed.data });
}

/** Writes validated rows in the caller's transaction; one audit event per record created. */
export async function importRows(
  tx: Tx,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  rows: Array<{ row: number; values: Record<string, unknown> }>,
  rt0: LedgerRuntime,
): Promise<number[]> {
  const ids: number[] = [];
  for (const { row, values } of rows) {
    const rec = await insertRecord(tx, actor, ledger, rt, values, rt0);
    ids.push(rec.id);
    await recordAudit(tx, actor, {
      action: `${ledger.kind}.import`,
      orgId: rec.orgId,
      entityType: `${ledger.kind}.${rt.type}`,
      entityId: rec.id,
      after: { row, ...auditValues(rt, values, rt0.pii) },
    });
  }
  return ids;
}
