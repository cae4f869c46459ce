// The published 政府信息公开工作年度报告 on the portal: listed on the township's page (the version
// published, as it was signed) and downloadable as DOCX from /<code>/disclosure-reports/<year>.docx.
// Never an unpublished report nor an unsigned version.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Kdb } from '../db/connect.ts';
import { disclosureReportDocx } from '../disclosure-report/index.ts';
import '../disclosure-report/types.ts';
import { signedVersion } from '../disclosure-report/workflow.ts';
import { PORTAL_PREFIX } from './pages.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PublicDisclosureReport {
  year: number;
  title: string;
  publishedOn: string;
  href: string;
}

export const disclosureDocxPath = (code: string, year: number) =>
  `${PORTAL_PREFIX}/${encodeURIComponent(code)}/disclosure-reports/${year}.docx`;

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
    href: disclosureDocxPath(org.code, r.year),
  }));
}

const params = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{1,32}$/),
  year: z.coerce.number().int().min(2000).max(2100),
});

/** GET /<code>/disclosure-reports/<year>.docx: the published signed version, 404 otherwise. */
export function disclosureReportDownload(app: FastifyInstance, k: Kdb): void {
  app.get('/:code/disclosure-reports/:year.docx', async (req, reply) => {
    const p = params.safeParse(req.params);
    if (!p.success) return reply.status(404).send('未找到');
    const row = await k
      .selectFrom('disclosureReport as r')
      .innerJoin('org as o', 'o.id', 'r.orgId')
      .select(['r.id', 'r.publishedVersion'])
      .where('o.code', '=', p.data.code)
      .where('r.year', '=', p.data.year)
      .where('r.publishedOn', 'is not', null)
      .executeTakeFirst();
    const signed = row?.publishedVersion ? await signedVersion(k, row.id, row.publishedVersion) : undefined;
    if (!signed) return reply.status(404).send('未找到');
    const bytes = await disclosureReportDocx(signed, signed.signedOn);
    const name = `${signed.orgName}${signed.year}年政府信息公开工作年度报告.docx`;
    return reply
      .header('content-type', DOCX_MIME)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(bytes);
  });
}
