// The 政府信息公开工作年度报告's workflow under /api/ledgers/disclosure/views/annual-report (the
// ledger's views, ledgers/disclosure/views.ts): open it (its clocks go on the board), enter last
// year's 结转 by hand, and the steps 签发, 报送, 公开; each in one transaction with its audit event.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pathInScope } from '../db/scope.ts';
import { invalid, notFound } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import type { LedgerDef } from '../ledgers/contract.ts';
import { assertLedgerAccess } from '../ledgers/store.ts';
import { enterCarried, openDisclosureReport, type ReportOrg, runReportStep } from './workflow.ts';

const TAG = ['台账'];
const target = z.object({
  org: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2008).max(2100),
});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');
const done = z.object({ ok: z.literal(true), state: z.string() });

export function disclosureReportRoutes(ledger: () => LedgerDef): FastifyPluginAsyncZod {
  return async (app) => {
    const orgOf = async (req: Parameters<typeof requireActor>[0], orgId?: number): Promise<ReportOrg> => {
      const actor = requireActor(req);
      const paths = assertLedgerAccess(actor, ledger());
      const org = await app.db.k
        .selectFrom('org')
        .select(['id', 'name', 'kind', 'path'])
        .where('id', '=', orgId ?? actor.orgId)
        .executeTakeFirst();
      if (!org || !pathInScope(org.path, paths)) throw notFound('机构');
      return org;
    };
    const now = () => app.clock.now().toISOString();

    app.post(
      '/annual-report/open',
      {
        schema: {
          tags: TAG,
          summary: '开始编制政府信息公开工作年度报告（报送、公开期限进入待办预警）',
          body: target,
          response: { 200: done },
        },
      },
      async (req) => {
        const org = await orgOf(req, req.body.org);
        const r = await app.db.k
          .transaction()
          .execute((tx) => openDisclosureReport(tx, requireActor(req), org, req.body.year, now()));
        return { ok: true as const, state: r.state };
      },
    );

    app.put(
      '/annual-report/carried',
      {
        schema: {
          tags: TAG,
          summary: '手工录入上年度报告的“结转下年度继续办理”数（系统中没有上年度报告时）',
          body: target.extend({ figures: z.record(z.string(), z.number().int().min(0)) }),
          response: { 200: done },
        },
      },
      async (req) => {
        const org = await orgOf(req, req.body.org);
        await app.db.k
          .transaction()
          .execute((tx) => enterCarried(tx, requireActor(req), org, req.body.year, req.body.figures, now()));
        return { ok: true as const, state: 'drafting' };
      },
    );

    app.post(
      '/annual-report/:step',
      {
        schema: {
          tags: TAG,
          summary: '年度报告办理环节：签发（生成不可修改的签发版本）、报送、公开',
          params: z.object({ step: z.enum(['sign', 'submit', 'publish']) }),
          body: target.extend({ on: isoDate.optional() }),
          response: { 200: done },
        },
      },
      async (req) => {
        const org = await orgOf(req, req.body.org);
        const on = req.body.on ?? app.clock.today();
        if (on > app.clock.today()) throw invalid('办理日期不能晚于今天');
        const r = await app.db.k
          .transaction()
          .execute((tx) =>
            runReportStep(tx, requireActor(req), org, req.body.year, req.params.step, on, now()),
          );
        return { ok: true as const, state: r.state };
      },
    );
  };
}
