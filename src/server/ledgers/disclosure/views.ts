// The disclosure ledger's own read-only views, under /api/ledgers/disclosure/views: the
// 政府信息公开工作年度报告 of one organisation and year, as JSON and as DOCX.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { disclosureReport } from '../../../shared/api/disclosure.ts';
import { pathInScope } from '../../db/scope.ts';
import { buildDisclosureReport, disclosureReportDocx } from '../../disclosure-report/index.ts';
import { disclosureReportRoutes } from '../../disclosure-report/routes.ts';
import { REQUEST_ROWS } from '../../disclosure-report/tables.ts';
import { loadDisclosureReport, signedVersion, workflowView } from '../../disclosure-report/workflow.ts';
import { notFound } from '../../errors.ts';
import { requireActor } from '../../http/auth-hooks.ts';
import type { LedgerDef } from '../contract.ts';
import { assertLedgerAccess } from '../store.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const query = z.object({
  org: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2008).max(2100).optional(),
  /** A signed version (the DOCX as it was signed); the report as computed today without it. */
  version: z.coerce.number().int().positive().optional(),
});

export function disclosureViews(ledger: () => LedgerDef): FastifyPluginAsyncZod {
  return async (app) => {
    /** The organisation asked for (the caller's own by default), when it is in the read scope. */
    const load = async (req: { query: z.infer<typeof query> } & Parameters<typeof requireActor>[0]) => {
      const actor = requireActor(req);
      const paths = assertLedgerAccess(actor, ledger());
      const orgId = req.query.org ?? actor.orgId;
      const org = await app.db.k
        .selectFrom('org')
        .select(['id', 'name', 'kind', 'path'])
        .where('id', '=', orgId)
        .executeTakeFirst();
      if (!org || !pathInScope(org.path, paths)) throw notFound('机构');
      const year = req.query.year ?? Number(app.clock.today().slice(0, 4)) - 1;
      return { org, actor, report: await buildDisclosureReport(app.db.k, org, year) };
    };
    await app.register(disclosureReportRoutes(ledger));

    app.get(
      '/annual-report',
      {
        schema: {
          tags: ['台账'],
          summary: '政府信息公开工作年度报告：由台账生成的表格、文字和报送期限',
          querystring: query,
          response: { 200: disclosureReport },
        },
      },
      async (req) => {
        const { org, actor, report } = await load(req);
        return {
          ...report,
          workflow: await workflowView(app.db.k, actor, org, report.year),
          rows: REQUEST_ROWS.map(({ key, label, group }) => ({ key, label, group })),
        };
      },
    );

    app.get(
      '/annual-report.docx',
      { schema: { tags: ['台账'], summary: '导出政府信息公开工作年度报告（DOCX）', querystring: query } },
      async (req, reply) => {
        const { report: live } = await load(req);
        let report = live;
        let date = app.clock.today();
        if (req.query.version) {
          const row = await loadDisclosureReport(app.db.k, live.orgId, live.year);
          const signed = row && (await signedVersion(app.db.k, row.id, req.query.version));
          if (!signed) throw notFound(`第${req.query.version}版签发稿`);
          report = signed;
          date = signed.signedOn;
        }
        const bytes = await disclosureReportDocx(report, date);
        const name = `${report.orgName}${report.year}年政府信息公开工作年度报告.docx`;
        reply
          .header('content-type', DOCX_MIME)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
        return reply.send(bytes);
      },
    );
  };
}
