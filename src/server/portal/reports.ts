// What the public portal may show of the annual reports: only reports that have been published
// (公开), and of each only the signed version that was published. A correction after publication
// (更正) starts a new draft; the public keeps seeing the published signed version until the
// corrected one is signed and published in its turn.
import type { Draft } from '../annual-report/draft.ts';
import type { AnnualReportRow, AnnualReportVersionRow } from '../annual-report/types.ts';
import { REPORT_ORG_KINDS } from '../annual-report/workflow.ts';
import '../annual-report/types.ts';
import { chinaDate } from '../core/clock.ts';
import type { Kdb } from '../db/connect.ts';

const PUBLIC_STATES = ['published', 'archived'];

export interface PortalOrg {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
}

export interface PublicReport {
  org: PortalOrg;
  report: AnnualReportRow;
  version: AnnualReportVersionRow;
  draft: Draft;
  /** 发布日期 (YYYY-MM-DD): the first publication. */
  publishedOn: string;
  /** The day the shown version was published, when it is a later correction (更正后重新公开). */
  updatedOn: string | null;
}

/** True when the report has been published at least once (its state or its publication date says so). */
export function isPublished(report: Pick<AnnualReportRow, 'state' | 'publishedOn'>): boolean {
  return report.publishedOn !== null || PUBLIC_STATES.includes(report.state);
}

/** 索引号: `<org code>/<year of publication>-<report id, five digits>`, e.g. 511099101/2026-00007. */
export function indexNumber(orgCode: string, publishedOn: string, reportId: number): string {
  return `${orgCode}/${publishedOn.slice(0, 4)}-${String(reportId).padStart(5, '0')}`;
}

/**
 * The version the public sees: the latest signed version no newer than the one current at the last
 * publication (`publishedVersion`, written by the publish step; the current one for a report marked
 * published without it). Never an unsigned version.
 */
async function publicVersion(
  k: Kdb,
  report: AnnualReportRow,
): Promise<{ version: AnnualReportVersionRow; updatedAt: string | null } | undefined> {
  const version = await k
    .selectFrom('annualReportVersion')
    .selectAll()
    .where('reportId', '=', report.id)
    .where('signedAt', 'is not', null)
    .where('version', '<=', report.publishedVersion ?? report.currentVersion)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!version) return undefined;
  return { version, updatedAt: report.republishedAt };
}

const orgColumns = ['id', 'code', 'name', 'kind', 'parentId'] as const;

/** Published reports of the given organisations (or of all), newest year first. */
async function publishedReports(k: Kdb, orgIds?: number[]): Promise<AnnualReportRow[]> {
  let q = k
    .selectFrom('annualReport')
    .selectAll()
    .where((eb) => eb.or([eb('publishedOn', 'is not', null), eb('state', 'in', PUBLIC_STATES)]));
  if (orgIds) q = q.where('orgId', 'in', orgIds.length ? orgIds : [-1]);
  return q.orderBy('year', 'desc').execute();
}

export interface PortalIndexGroup {
  parent: PortalOrg | null;
  orgs: Array<{ org: PortalOrg; years: number[] }>;
}

/**
 * The portal's index: each county (the parent) with its active townships and streets (every one has
 * its 行政执法公示 and 政府信息公开目录), and the years of their published reports.
 */
export async function portalIndex(k: Kdb): Promise<PortalIndexGroup[]> {
  const reports = await publishedReports(k);
  const orgs = await k
    .selectFrom('org')
    .select(orgColumns)
    .where('kind', 'in', REPORT_ORG_KINDS)
    .where('active', '=', 1)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  const parentIds = [...new Set(orgs.map((o) => o.parentId).filter((id): id is number => id !== null))];
  const parents = parentIds.length
    ? await k.selectFrom('org').select(orgColumns).where('id', 'in', parentIds).orderBy('code').execute()
    : [];
  const groups: PortalIndexGroup[] = [...parents, null].map((parent) => ({
    parent,
    orgs: orgs
      .filter((o) => o.parentId === (parent?.id ?? null))
      .map((org) => ({ org, years: reports.filter((r) => r.orgId === org.id).map((r) => r.year) })),
  }));
  return groups.filter((g) => g.orgs.length > 0);
}

/** An active township or street by its code, with its parent; undefined otherwise. */
export async function portalOrg(
  k: Kdb,
  code: string,
): Promise<{ org: PortalOrg; parent: PortalOrg | null } | undefined> {
  const org = await k
    .selectFrom('org')
    .select(orgColumns)
    .where('code', '=', code)
    .where('kind', 'in', REPORT_ORG_KINDS)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!org) return undefined;
  const parent =
    org.parentId === null
      ? undefined
      : await k.selectFrom('org').select(orgColumns).where('id', '=', org.parentId).executeTakeFirst();
  return { org, parent: parent ?? null };
}

/** An organisation's published reports, newest year first, each with the version the public sees. */
export async function orgReports(k: Kdb, org: PortalOrg): Promise<PublicReport[]> {
  const out: PublicReport[] = [];
  for (const report of await publishedReports(k, [org.id])) {
    const shown = await loadPublic(k, org, report);
    if (shown) out.push(shown);
  }
  return out;
}

/** One organisation's published report of a year, or undefined. */
export async function publicReport(k: Kdb, org: PortalOrg, year: number): Promise<PublicReport | undefined> {
  const report = await k
    .selectFrom('annualReport')
    .selectAll()
    .where('orgId', '=', org.id)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!report || !isPublished(report)) return undefined;
  return loadPublic(k, org, report);
}

async function loadPublic(
  k: Kdb,
  org: PortalOrg,
  report: AnnualReportRow,
): Promise<PublicReport | undefined> {
  const shown = await publicVersion(k, report);
  if (!shown) return undefined;
  const publishedOn = report.publishedOn ?? chinaDate(new Date(shown.version.signedAt!));
  return {
    org,
    report,
    version: shown.version,
    draft: JSON.parse(shown.version.contentJson) as Draft,
    publishedOn,
    updatedOn: shown.updatedAt ? chinaDate(new Date(shown.updatedAt)) : null,
  };
}
