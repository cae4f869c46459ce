// The county's reading of a year's reports (年度报告汇总): the townships and streets a supervisor
// oversees, and for each the report the county reads — the latest signed Fazhi version (else the
// current draft) with the checker's findings and metrics, or the uploaded external report.
import { createHash } from 'node:crypto';
import type { Finding, Metric, Severity } from '../../checker/index.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree, pathInScope } from '../db/scope.ts';
import { notFound } from '../errors.ts';
import { type Draft, draftText } from './draft.ts';
import type { ExternalReportRow } from './external-table.ts';
import type { AnnualReportRow } from './types.ts';
import { checkDraft, REPORT_ORG_KINDS } from './workflow.ts';

export interface ScopeOrg {
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

export async function scopeOrgs(k: Kdb | Tx, paths: readonly string[]): Promise<ScopeOrg[]> {
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
export interface YearReport {
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

export const withoutDigits = (s: string) => s.replace(/[0-9.,%]/g, '');

/** What the county reads of a version's content: its title and text, and the checker's result. */
interface ReadContent {
  title: string;
  text: string;
  findings: Finding[];
  metrics: Metric[];
}

/**
 * The checker's reading of version contents, by the SHA-256 of the content JSON: a version's
 * content never changes (a save writes a new version), and the checker is a pure function of the
 * text, so the county view checks each version once per process instead of on every request. Kept
 * small (the year's reports of a few counties); the oldest entry goes first. The results are shared:
 * callers never change them.
 */
const READ_CACHE_SIZE = 256;
const readCache = new Map<string, ReadContent>();

function readContent(contentJson: string): ReadContent {
  const key = createHash('sha256').update(contentJson).digest('hex');
  const hit = readCache.get(key);
  if (hit) return hit;
  const draft = JSON.parse(contentJson) as Draft;
  const check = checkDraft(draft);
  const read = {
    title: draft.title,
    text: draftText(draft),
    findings: check.findings,
    metrics: check.metrics,
  };
  if (readCache.size >= READ_CACHE_SIZE) readCache.delete(readCache.keys().next().value as string);
  readCache.set(key, read);
  return read;
}

export async function loadYear(k: Kdb | Tx, orgs: readonly ScopeOrg[], year: number) {
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
      const { title, text, findings, metrics } = readContent(content);
      const first = versions.find((x) => x.reportId === report.id && x.version === 1);
      const firstContent = first && contents.get(first.id);
      read.set(org.id, {
        org,
        source: 'fazhi',
        version: v.version,
        signed: v.signedAt !== null,
        title,
        text,
        generated: firstContent ? withoutDigits(draftText(JSON.parse(firstContent) as Draft)) : null,
        findings,
        metrics,
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

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
