// The published 政府信息公开工作年度报告 on the portal: listed on the township's page, shown as a page
// of its own (/<code>/disclosure-reports/<year>, disclosure-report-page.ts), found by search and
// hashed like every other item (items.ts), and downloadable as DOCX from
// /<code>/disclosure-reports/<year>.docx. Always the version published, as it was signed; never an
// unpublished report nor an unsigned version.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Kdb } from '../db/connect.ts';
import { type DisclosureReport, disclosureReportDocx } from '../disclosure-report/index.ts';
import '../disclosure-report/types.ts';
import { signedVersion } from '../disclosure-report/workflow.ts';
import { PORTAL_PREFIX } from './pages.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The kind of its portal item (search, feeds, integrity). */
export const DISCLOSURE_REPORT_KIND = 'disclosure_report';
export const disclosureReportRef = (reportId: number) => `${DISCLOSURE_REPORT_KIND}:${reportId}`;

export interface PublicDisclosureReport {
  year: number;
  title: string;
  publishedOn: string;
  href: string;
  docx: string;
}

/** A published report with the version the public sees, as signed. */
export interface ShownDisclosureReport {
  id: number;
  year: number;
  publishedOn: string;
  version: number;
  sha256: string;
  signedOn: string;
  report: DisclosureReport;
}

export const disclosurePagePath = (code: string, year: number) =>
  `${PORTAL_PREFIX}/${encodeURIComponent(code)}/disclosure-reports/${year}`;
export const disclosureDocxPath = (code: string, year: number) => `${disclosurePagePath(code, year)}.docx`;

/** The organisation's published reports, newest year first. */
export async function publishedDisclosureReports(
  k: Kdb,
  org: { id: number; code: string; name: string },
): Promise<PublicDisclosureReport[]> {
  const rows = await k
    .selectFrom('disclosureReport')
    .select(['year', 'publishedOn'])
    .where('orgId', '=', org.id)
    .where('publishedOn', 'is not', null)
    .where('publishedVersion', 'is not', null)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    title: `${r.year}年政府信息公开工作年度报告`,
    publishedOn: r.publishedOn as string,
    href: disclosurePagePath(org.code, r.year),
    docx: disclosureDocxPath(org.code, r.year),
  }));
}

/** The published reports of the organisation (or of one year) with their shown versions. */
export async function shownDisclosureReports(
  k: Kdb,
  orgId: number,
  year?: number,
): Promise<ShownDisclosureReport[]> {
  let q = k
    .selectFrom('disclosureReport as r')
    .innerJoin('disclosureReportVersion as v', (j) =>
      j.onRef('v.reportId', '=', 'r.id').onRef('v.version', '=', 'r.publishedVersion'),
    )
    .select(['r.id', 'r.year', 'r.publishedOn', 'v.version', 'v.sha256', 'v.signedOn', 'v.contentJson'])
    .where('r.orgId', '=', orgId)
    .where('r.publishedOn', 'is not', null);
  if (year !== undefined) q = q.where('r.year', '=', year);
  const rows = await q.orderBy('r.year', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    publishedOn: r.publishedOn as string,
    version: r.version,
    sha256: r.sha256,
    signedOn: r.signedOn,
    report: JSON.parse(r.contentJson) as DisclosureReport,
  }));
}

/** The report's words as the page shows them, one paragraph a line (the tables are in its file). */
export function disclosureText(r: ShownDisclosureReport): string {
  const t = r.report.text;
  return [
    t.opening,
    '一、总体情况',
    ...t.overall,
    '五、存在的主要问题及改进情况',
    ...t.problems,
    '六、其他需要报告的事项',
    ...t.other,
    r.report.orgName,
    r.signedOn,
  ].join('\n');
}

const params = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{1,32}$/),
  year: z.coerce.number().int().min(2000).max(2100),
});

/** GET /<code>/disclosure-reports/<year>.docx: the published signed version, the portal's 404 otherwise. */
export function disclosureReportDownload(
  app: FastifyInstance,
  k: Kdb,
  notFound: (req: FastifyRequest, reply: FastifyReply) => FastifyReply,
): void {
  app.get('/:code/disclosure-reports/:year.docx', async (req, reply) => {
    const p = params.safeParse(req.params);
    if (!p.success) return notFound(req, reply);
    const row = await k
      .selectFrom('disclosureReport as r')
      .innerJoin('org as o', 'o.id', 'r.orgId')
      .select(['r.id', 'r.publishedVersion'])
      .where('o.code', '=', p.data.code)
      .where('r.year', '=', p.data.year)
      .where('r.publishedOn', 'is not', null)
      .executeTakeFirst();
    const signed = row?.publishedVersion ? await signedVersion(k, row.id, row.publishedVersion) : undefined;
    if (!signed) return notFound(req, reply);
    const bytes = await disclosureReportDocx(signed, signed.signedOn);
    const name = `${signed.orgName}${signed.year}年政府信息公开工作年度报告.docx`;
    return reply
      .header('content-type', DOCX_MIME)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(bytes);
  });
}
