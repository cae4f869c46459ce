// 年度报告汇总: the county supervisor's view of a year's reports across the townships and streets of
// its scope — which were submitted and published on time, what the checker finds in each, the
// figures each report states next to what the ledgers compute, and passages copied between reports.
// Townships that do not use Fazhi are covered by their uploaded Word/PDF/TXT reports (external
// reports, migration 0010): checked on upload, their figures and findings join the same view.
import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Selectable } from 'kysely';
import {
  type CheckResult,
  checkBatch,
  type Finding,
  type Metric,
  parseReport,
  rules,
  type Severity,
} from '../../checker/index.ts';
import { INDICATORS, type IndicatorKind } from '../../shared/indicators.ts';
import type { Actor } from '../core/actor.ts';
import { openAttachment, storeAttachment } from '../core/attachments.ts';
import { recordAudit } from '../core/audit.ts';
import { authorize } from '../core/policy.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree, pathInScope } from '../db/scope.ts';
import { AppError, conflict, notFound } from '../errors.ts';
import { allIndicators } from '../ledgers/registry.ts';
import { type CopyPair, copyPairs } from '../routes/checks.ts';
import { checkOneUpload, UncheckableError } from '../workers/checker.ts';
import { type Draft, draftText } from './draft.ts';
import type { AnnualReportRow } from './types.ts';
import { checkDraft, DATE_STATUS_LABELS, dateStatus, REPORT_ORG_KINDS, summaryOf } from './workflow.ts';

export interface ExternalReportTable {
  id: import('kysely').Generated<number>;
  orgId: number;
  year: number;
  fileName: string;
  /** SHA-256 (hex) of the uploaded file. */
  sha256: string;
  attachmentId: number | null;
  /** The format the checker read: txt | docx | pdf. */
  format: string;
  title: string | null;
  /** The decoded text the checker read (line/column of the findings refer to it). */
  text: string;
  /** Checker metrics (Metric[]) and findings (Finding[]) as JSON. */
  metricsJson: string;
  findingsJson: string;
  /** Counts as submitted on this day (the upload day unless the supervisor gave one). */
  submittedOn: string;
  publishedOn: string | null;
  uploadedBy: number | null;
  uploadedAt: string;
}

export type ExternalReportRow = Selectable<ExternalReportTable>;

declare module '../db/types.ts' {
  interface Database {
    externalReport: ExternalReportTable;
  }
}

export const EXTERNAL_LABEL = '外部报告';
/** What a supervisor may upload: the formats a township sends its report in. */
export const EXTERNAL_EXTENSIONS = ['docx', 'pdf', 'txt'] as const;

interface ScopeOrg {
  id: number;
  code: string;
  name: string;
  kind: string;
  path: string;
}

/** The subtrees the actor supervises ('report.supervise'): 403 for townships and administrators. */
export function supervisedPaths(actor: Actor): string[] {
  authorize(actor, 'report.supervise');
  return actor.roles.filter((r) => r.role === 'supervisor').map((r) => r.orgPath);
}

async function scopeOrgs(k: Kdb | Tx, paths: readonly string[]): Promise<ScopeOrg[]> {
  if (paths.length === 0) return [];
  return k
    .selectFrom('org')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('kind', 'in', REPORT_ORG_KINDS)
    .where('active', '=', 1)
    .where((eb) => inOrgSubtree(eb, 'org.id', paths))
    .orderBy('code')
    .execute();
}

/** A township or street the supervisor oversees, or 404. */
export async function supervisedOrg(k: Kdb | Tx, actor: Actor, orgId: number): Promise<ScopeOrg> {
  const paths = supervisedPaths(actor);
  const org = await k
    .selectFrom('org')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (!org || !pathInScope(org.path, paths) || !REPORT_ORG_KINDS.includes(org.kind))
    throw notFound('乡镇（街道）');
  return org;
}

/** One report of the year as the county sees it: a Fazhi version or an uploaded file. */
interface YearReport {
  org: ScopeOrg;
  source: 'fazhi' | 'external';
  /** Fazhi: the version read (the latest signed one, else the current draft). */
  version: number | null;
  signed: boolean;
  title: string | null;
  text: string;
  /** Fazhi: the text the system drafted from the ledgers (version 1), without digits. */
  generated: string | null;
  findings: Finding[];
  metrics: Metric[];
  external: ExternalReportRow | null;
}

const withoutDigits = (s: string) => s.replace(/[0-9.,%]/g, '');

async function loadYear(k: Kdb | Tx, orgs: readonly ScopeOrg[], year: number) {
  const ids = orgs.map((o) => o.id);
  if (ids.length === 0)
    return { reports: new Map<number, AnnualReportRow>(), read: new Map<number, YearReport>() };
  const rows = await k
    .selectFrom('annualReport')
    .selectAll()
    .where('year', '=', year)
    .where('orgId', 'in', ids)
    .execute();
  const externals = await k
    .selectFrom('externalReport')
    .selectAll()
    .where('year', '=', year)
    .where('orgId', 'in', ids)
    .execute();
  const reports = new Map(rows.map((r) => [r.orgId, r]));
  const read = new Map<number, YearReport>();
  // Version metadata first; the content only of the versions read (and of each first draft).
  const versions = rows.length
    ? await k
        .selectFrom('annualReportVersion')
        .select(['id', 'reportId', 'version', 'signedAt'])
        .where(
          'reportId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const chosen = new Map<number, (typeof versions)[number]>();
  for (const r of rows) {
    const own = versions.filter((v) => v.reportId === r.id);
    const signed = own.filter((v) => v.signedAt !== null).sort((a, b) => b.version - a.version)[0];
    const v = signed ?? own.find((x) => x.version === r.currentVersion);
    if (v) chosen.set(r.id, v);
  }
  const wanted = versions.filter((v) => v.version === 1 || chosen.get(v.reportId) === v).map((v) => v.id);
  const contents = new Map(
    wanted.length
      ? (
          await k
            .selectFrom('annualReportVersion')
            .select(['id', 'contentJson'])
            .where('id', 'in', wanted)
            .execute()
        ).map((c) => [c.id, c.contentJson])
      : [],
  );
  for (const org of orgs) {
    const report = reports.get(org.id);
    if (report) {
      const v = chosen.get(report.id);
      const content = v && contents.get(v.id);
      if (!v || !content) continue;
      const draft = JSON.parse(content) as Draft;
      const check = checkDraft(draft);
      const first = versions.find((x) => x.reportId === report.id && x.version === 1);
      const firstContent = first && contents.get(first.id);
      read.set(org.id, {
        org,
        source: 'fazhi',
        version: v.version,
        signed: v.signedAt !== null,
        title: draft.title,
        text: draftText(draft),
        generated: firstContent ? withoutDigits(draftText(JSON.parse(firstContent) as Draft)) : null,
        findings: check.findings,
        metrics: check.metrics,
        external: null,
      });
      continue;
    }
    const ext = externals.find((e) => e.orgId === org.id);
    if (ext) {
      read.set(org.id, {
        org,
        source: 'external',
        version: null,
        signed: true,
        title: ext.title,
        text: ext.text,
        generated: null,
        findings: JSON.parse(ext.findingsJson) as Finding[],
        metrics: JSON.parse(ext.metricsJson) as Metric[],
        external: ext,
      });
    }
  }
  return { reports, read };
}

/** What the ledgers compute for the organisation's subtree and year (the roll-up's figures). */
async function ledgerFigures(k: Kdb | Tx, org: ScopeOrg, year: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const { def } of allIndicators()) out.set(def.id, await def.compute(k, [org.path], year));
  return out;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** The first figure a report states for each indicator (with its quote). */
function statedFigures(metrics: readonly Metric[]): Map<string, Metric> {
  const out = new Map<string, Metric>();
  for (const m of metrics) if (!out.has(m.id)) out.set(m.id, m);
  return out;
}

export interface IndicatorCell {
  /** The figure the report states (checker metrics), null when it states none. */
  stated: number | null;
  quote: string | null;
  /** The ledger's figure (roll-up), null for an external report or an indicator no ledger computes. */
  ledger: number | null;
  differs: boolean;
}

export interface IndicatorRow {
  id: string;
  label: string;
  unit: string;
  kind: IndicatorKind;
  area: string;
  cells: IndicatorCell[];
  /** County totals of counts and amounts (a rate has none). */
  total: { stated: number | null; ledger: number | null };
}

const SUMMABLE: readonly IndicatorKind[] = ['count', 'amount'];
const sum = (xs: readonly (number | null)[]) => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? Math.round(present.reduce((a, b) => a + b, 0) * 100) / 100 : null;
};

/** The county view of a year: status, findings counts and the indicators side by side. */
export async function countyOverview(k: Kdb, actor: Actor, year: number, today: string) {
  const paths = supervisedPaths(actor);
  const orgs = await scopeOrgs(k, paths);
  const { reports, read } = await loadYear(k, orgs, year);

  const items = orgs.map((org) => {
    const r = read.get(org.id);
    const base = summaryOf(org, year, reports.get(org.id), today);
    const ext = r?.external ?? null;
    const status = ext
      ? (() => {
          const submission = dateStatus(ext.submittedOn, base.submitBy, today);
          const publication = dateStatus(ext.publishedOn, base.publishBy, today);
          return {
            state: 'external' as const,
            stateLabel: EXTERNAL_LABEL,
            submittedOn: ext.submittedOn,
            publishedOn: ext.publishedOn,
            submission,
            submissionLabel: DATE_STATUS_LABELS[submission],
            publication,
            publicationLabel: DATE_STATUS_LABELS[publication],
          };
        })()
      : {};
    return {
      ...base,
      ...status,
      source: r?.source ?? null,
      version: r?.version ?? null,
      signed: r?.signed ?? false,
      title: r?.title ?? null,
      findings: r ? countBySeverity(r.findings) : null,
      external: ext
        ? {
            id: ext.id,
            fileName: ext.fileName,
            sha256: ext.sha256,
            attachmentId: ext.attachmentId,
            uploadedAt: ext.uploadedAt,
          }
        : null,
    };
  });

  const ledgers = new Map<number, Map<string, number>>();
  for (const org of orgs) {
    if (read.get(org.id)?.source === 'external') continue;
    ledgers.set(org.id, await ledgerFigures(k, org, year));
  }
  const stated = new Map(orgs.map((o) => [o.id, statedFigures(read.get(o.id)?.metrics ?? [])]));
  const indicators: IndicatorRow[] = INDICATORS.map((ind) => {
    const cells = orgs.map((org): IndicatorCell => {
      const m = stated.get(org.id)?.get(ind.id) ?? null;
      const ledger = ledgers.get(org.id)?.get(ind.id) ?? null;
      const hasReport = read.has(org.id);
      return {
        stated: m?.value ?? null,
        quote: m?.quote ?? null,
        ledger,
        // A report that leaves out a figure the ledger holds differs too.
        differs: hasReport && ledger !== null && (m?.value ?? 0) !== ledger,
      };
    });
    const summable = SUMMABLE.includes(ind.kind);
    return {
      id: ind.id,
      label: ind.label,
      unit: ind.unit,
      kind: ind.kind,
      area: ind.area,
      cells,
      total: {
        stated: summable ? sum(cells.map((c) => c.stated)) : null,
        ledger: summable ? sum(cells.map((c) => c.ledger)) : null,
      },
    };
  });

  const count = (pred: (i: (typeof items)[number]) => boolean) => items.filter(pred).length;
  return {
    year,
    today,
    items,
    columns: orgs.map((o) => ({
      orgId: o.id,
      orgName: o.name,
      source: read.get(o.id)?.source ?? null,
    })),
    indicators,
    totals: {
      townships: items.length,
      withReport: count((i) => i.source !== null),
      submittedOnTime: count((i) => i.submission === 'on_time'),
      submittedLate: count((i) => i.submission === 'late'),
      submissionOverdue: count((i) => i.submission === 'overdue'),
      submissionPending: count((i) => i.submission === 'pending'),
      publishedOnTime: count((i) => i.publication === 'on_time'),
      publishedLate: count((i) => i.publication === 'late'),
      errors: items.reduce((s, i) => s + (i.findings?.error ?? 0), 0),
      warnings: items.reduce((s, i) => s + (i.findings?.warning ?? 0), 0),
    },
  };
}

export type CountyOverview = Awaited<ReturnType<typeof countyOverview>>;

/** The checker findings of one township's report of the year (Fazhi version or external file). */
export async function countyFindings(k: Kdb, actor: Actor, orgId: number, year: number) {
  const org = await supervisedOrg(k, actor, orgId);
  const { read } = await loadYear(k, [org], year);
  const r = read.get(org.id);
  if (!r) throw notFound(`${org.name}${year}年度报告`);
  return {
    orgId: org.id,
    orgName: org.name,
    year,
    source: r.source,
    version: r.version,
    signed: r.signed,
    title: r.title,
    counts: countBySeverity(r.findings),
    findings: r.findings,
  };
}

export interface CountyCopyPair extends Omit<CopyPair, 'a' | 'b'> {
  a: { orgId: number; orgName: string; source: 'fazhi' | 'external'; title: string | null };
  b: { orgId: number; orgName: string; source: 'fazhi' | 'external'; title: string | null };
}

const CROSS_REPORT = rules.filter((r) => r.meta.batchOnly);

/**
 * Passages copied between the year's reports: the checker's cross-report rule over the batch. Two
 * Fazhi reports share the sentences the system drafted for both from the catalogue's templates;
 * a passage that is such generated text on both sides is the system's, not copying, and is left out.
 */
export async function countyCopying(k: Kdb, actor: Actor, year: number) {
  const orgs = await scopeOrgs(k, supervisedPaths(actor));
  const { read } = await loadYear(k, orgs, year);
  const list = [...read.values()];
  // Each report is named by its organisation, so that the pairs can be told apart.
  const parsed = list.map((r) => parseReport({ file: r.org.name, format: 'txt', text: r.text, meta: {} }));
  const results: CheckResult[] = checkBatch(parsed, { registry: CROSS_REPORT, metrics: false });
  const side = (i: number) => ({
    orgId: list[i].org.id,
    orgName: list[i].org.name,
    source: list[i].source,
    title: list[i].title,
  });
  const generated = (i: number, text: string) => list[i].generated?.includes(withoutDigits(text)) ?? false;
  const share = (i: number, texts: string[]) =>
    Math.round((texts.reduce((n, t) => n + t.length, 0) / Math.max(1, list[i].text.length)) * 1000) / 1000;
  const pairs: CountyCopyPair[] = [];
  for (const p of copyPairs(results)) {
    const passages = p.passages.filter((x) => !(generated(p.a, x.a.text) && generated(p.b, x.b.text)));
    if (passages.length === 0) continue;
    const kept = passages.length === p.passages.length;
    pairs.push({
      ...p,
      a: side(p.a),
      b: side(p.b),
      shareA: kept
        ? p.shareA
        : share(
            p.a,
            passages.map((x) => x.a.text),
          ),
      shareB: kept
        ? p.shareB
        : share(
            p.b,
            passages.map((x) => x.b.text),
          ),
      passages,
    });
  }
  return { year, reports: list.length, pairs };
}

export interface ExternalUpload {
  orgId: number;
  year: number;
  fileName: string;
  bytes: Buffer;
  submittedOn?: string;
  publishedOn?: string;
}

const extensionOf = (name: string) => {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i + 1).toLowerCase() : '';
};

/**
 * Checks an uploaded report and stores it (creating or replacing the township's external report of
 * the year). A file the checker cannot read is refused before anything is stored.
 */
export async function uploadExternal(
  k: Kdb,
  actor: Actor,
  input: ExternalUpload,
  opts: { dataDir: string; maxBytes: number; timeoutMs: number; today: string },
) {
  const org = await supervisedOrg(k, actor, input.orgId);
  const ext = extensionOf(input.fileName);
  if (!(EXTERNAL_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      415,
      `只能上传 Word（.docx）、PDF 或 TXT 格式的年度报告，“${input.fileName}”不是这几种格式`,
    );
  }
  if (input.bytes.length === 0) throw new AppError('EMPTY_FILE', 400, `文件“${input.fileName}”是空文件`);
  let result: CheckResult;
  let source: { format: string; text: string };
  try {
    // in a worker thread, with a hard time and memory limit (see workers/checker.ts)
    const checked = await checkOneUpload(
      { name: input.fileName, bytes: input.bytes },
      { maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs },
    );
    source = checked;
    result = checked.result;
  } catch (e) {
    if (e instanceof UncheckableError) {
      throw new AppError('REPORT_UNREADABLE', 400, `${e.message}未保存该文件。`);
    }
    throw e;
  }
  if (!source.text.trim()) {
    throw new AppError('REPORT_UNREADABLE', 400, `文件“${input.fileName}”中没有可读取的文字，未保存该文件。`);
  }
  if (
    await k
      .selectFrom('annualReport')
      .select('id')
      .where('orgId', '=', org.id)
      .where('year', '=', input.year)
      .executeTakeFirst()
  ) {
    throw conflict('REPORT_IN_FAZHI', `${org.name}已在本系统起草${input.year}年度报告，不需要上传外部报告`);
  }

  return k.transaction().execute(async (tx) => {
    const attachment = await storeAttachment(tx, actor, {
      stream: Readable.from(input.bytes),
      filename: input.fileName,
      orgId: org.id,
      dataDir: opts.dataDir,
      maxBytes: opts.maxBytes,
    });
    const values = {
      orgId: org.id,
      year: input.year,
      fileName: attachment.name,
      sha256: attachment.sha256,
      attachmentId: attachment.id,
      format: source.format,
      title: result.title,
      text: source.text,
      metricsJson: JSON.stringify(result.metrics),
      findingsJson: JSON.stringify(result.findings),
      submittedOn: input.submittedOn ?? opts.today,
      publishedOn: input.publishedOn ?? null,
      uploadedBy: actor.system ? null : actor.userId,
      uploadedAt: new Date().toISOString(),
    };
    const before = await tx
      .selectFrom('externalReport')
      .selectAll()
      .where('orgId', '=', org.id)
      .where('year', '=', input.year)
      .executeTakeFirst();
    let id: number;
    if (before) {
      await tx.updateTable('externalReport').set(values).where('id', '=', before.id).execute();
      id = before.id;
    } else {
      id = (await tx.insertInto('externalReport').values(values).returning('id').executeTakeFirstOrThrow())
        .id;
    }
    const summary = (r: Pick<ExternalReportRow, 'fileName' | 'sha256' | 'submittedOn' | 'publishedOn'>) => ({
      year: input.year,
      fileName: r.fileName,
      sha256: r.sha256,
      submittedOn: r.submittedOn,
      publishedOn: r.publishedOn,
    });
    await recordAudit(tx, actor, {
      action: before ? 'external_report.replace' : 'external_report.upload',
      entityType: 'external_report',
      entityId: id,
      orgId: org.id,
      before: before ? summary(before) : undefined,
      after: { ...summary(values), metrics: result.metrics.length, findings: result.findings.length },
    });
    return {
      id,
      orgId: org.id,
      orgName: org.name,
      year: input.year,
      replaced: Boolean(before),
      fileName: values.fileName,
      sha256: values.sha256,
      attachmentId: attachment.id,
      submittedOn: values.submittedOn,
      publishedOn: values.publishedOn,
      title: result.title,
      sections: result.sections,
      counts: countBySeverity(result.findings),
      findings: result.findings,
      metrics: result.metrics,
    };
  });
}

/**
 * The original file of a township's external report of the year, with the name it was uploaded
 * under. A download is not a change: like every attachment download, it is not audited.
 */
export async function openExternalFile(
  k: Kdb,
  actor: Actor,
  orgId: number,
  year: number,
  dataDir: string,
): Promise<{ fileName: string; mime: string; size: number; sha256: string; stream: ReadStream }> {
  const org = await supervisedOrg(k, actor, orgId);
  const row = await k
    .selectFrom('externalReport')
    .select(['fileName', 'attachmentId'])
    .where('orgId', '=', org.id)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!row?.attachmentId) throw notFound(`${org.name}${year}年度外部报告的原件`);
  const { row: file, stream } = await openAttachment(k, actor, row.attachmentId, dataDir);
  return { fileName: row.fileName, mime: file.mime, size: file.size, sha256: file.sha256, stream };
}

/** Deletes a township's external report of the year (the stored file stays, as every attachment). */
export async function deleteExternal(k: Kdb, actor: Actor, orgId: number, year: number): Promise<void> {
  const org = await supervisedOrg(k, actor, orgId);
  await k.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('externalReport')
      .selectAll()
      .where('orgId', '=', org.id)
      .where('year', '=', year)
      .executeTakeFirst();
    if (!row) throw notFound(`${org.name}${year}年度外部报告`);
    await tx.deleteFrom('externalReport').where('id', '=', row.id).execute();
    await recordAudit(tx, actor, {
      action: 'external_report.delete',
      entityType: 'external_report',
      entityId: row.id,
      orgId: org.id,
      before: { year, fileName: row.fileName, sha256: row.sha256, submittedOn: row.submittedOn },
    });
  });
}
