// 年度报告: the workflow API. A township's clerk and leader write their own report; the county
// supervisor reads every township's; administrators have no business scope (403). Every write runs
// in one transaction with its audit event; a refused step is rolled back and its refusal recorded
// by the workflow engine (annual_report.refused, workflow_refusal) in a transaction of its own.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reportList, reportView } from '../../shared/api/annual-reports.ts';
import { docHeaderSchema, docRecordSchema } from '../../shared/schemas/report-docinfo.ts';
import type { Actor } from '../core/actor.ts';
import { rolesAt, scopePaths } from '../core/policy.ts';
import { runStep } from '../core/workflow/engine.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { draftDocInfoOptions, draftDocx } from './docx.ts';
import type { Draft } from './draft.ts';
import { docxToPdf, PDF_UNAVAILABLE, PdfBusyError, PdfConversionError, PdfUnavailableError } from './pdf.ts';
import { locateFindings } from './where.ts';
import {
  availableTransitions,
  checkDraft,
  createReport,
  loadReport,
  loadVersion,
  REPORT_LEDGER,
  REPORT_ORG_KINDS,
  type ReportState,
  reportOrg,
  requireRole,
  runReportTransition,
  saveDraft,
  summaryOf,
  TRANSITIONS,
  type TransitionId,
  WRITE_ROLES,
} from './workflow.ts';

const TAG = ['年度报告'];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');
const year = z.coerce.number().int().min(2000).max(2100);
const params = z.object({ orgId: z.coerce.number().int().positive(), year });
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
const transitionIds = Object.keys(TRANSITIONS) as [TransitionId, ...TransitionId[]];

const paragraph = z.object({
  kind: z.enum(['heading1', 'heading2', 'body', 'gap']),
  text: z.string().max(5000),
  area: z.string().max(40).optional(),
});
const draftBody = z.object({
  sections: z
    .array(
      z.object({
        key: z.enum(['measures', 'shortcomings', 'leaders', 'plans', 'other']),
        heading: z.string().min(1).max(200),
        paragraphs: z.array(paragraph).max(500),
      }),
    )
    .min(1)
    .max(10),
  /** 版头: 发文字号; absent keeps the previous one, an empty one removes it. */
  header: docHeaderSchema.optional(),
  /** 版记: 抄送机关, 印发机关; absent keeps the previous ones. */
  record: docRecordSchema.optional(),
});

const fileBase = (orgName: string, y: number, v: { version: number; signedAt: string | null }) =>
  `${orgName}${y}年度法治政府建设情况报告（第${v.version}版${v.signedAt ? '' : '，未签发'}）`;

export const annualReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const k = app.db.k;

  /** The organisation, its report and the report's current version with its draft (404 without one). */
  const loadCurrent = async (actor: Actor, orgId: number, y: number) => {
    const org = await reportOrg(k, actor, orgId);
    const report = await loadReport(k, org.id, y);
    if (!report) throw notFound(`${org.name}${y}年度报告`);
    const v = await loadVersion(k, report.id, report.currentVersion);
    return { org, report, v, draft: JSON.parse(v.contentJson) as Draft };
  };

  /** The report's full view: current version, bindings, gaps, checker findings, what the actor may do. */
  const view = async (actor: Actor, orgId: number, y: number) => {
    const { org, report, v, draft } = await loadCurrent(actor, orgId, y);
    const check = checkDraft(draft);
    const versions = await k
      .selectFrom('annualReportVersion as v')
      .leftJoin('appUser as author', 'author.id', 'v.createdBy')
      .leftJoin('appUser as signer', 'signer.id', 'v.signedBy')
      .select([
        'v.version',
        'v.sha256',
        'v.createdAt',
        'v.createdBy',
        'author.displayName as createdByName',
        'v.signedAt',
        'v.signedBy',
        'signer.displayName as signedByName',
      ])
      .where('v.reportId', '=', report.id)
      .orderBy('v.version')
      .execute();
    const current = versions.find((x) => x.version === v.version);
    const held = rolesAt(actor, org.path);
    const state = report.state as ReportState;
    const transitions = availableTransitions(report, held).map((t) => ({ id: t.id, label: t.label }));
    // Back in drafting after 退回修改: the leader's reason, from the report's last step.
    const last =
      state === 'drafting'
        ? await k
            .selectFrom('workflowStep')
            .select(['action', 'actorName', 'onDate', 'note'])
            .where('ledger', '=', REPORT_LEDGER)
            .where('recordId', '=', report.id)
            .orderBy('id', 'desc')
            .limit(1)
            .executeTakeFirst()
        : undefined;
    const returned =
      last?.action === 'return' && last.note
        ? { by: last.actorName, on: last.onDate, reason: last.note }
        : null;
    return {
      ...summaryOf(org, y, report, app.clock.today()),
      version: {
        version: v.version,
        sha256: v.sha256,
        createdAt: v.createdAt,
        signedAt: v.signedAt,
        signedBy: v.signedBy,
        signedByName: current?.signedByName ?? null,
        signed: v.signedAt !== null,
      },
      approvedVersion: report.approvedVersion,
      draft,
      gaps: draft.gaps,
      // each finding also says where it stands in the draft: section, paragraph, span
      findings: locateFindings(draft, check.findings),
      metrics: check.metrics,
      versions,
      transitions,
      editable: state === 'drafting' && WRITE_ROLES.some((r) => held.has(r)),
      returned,
    };
  };

  app.get(
    '/annual-reports',
    {
      schema: {
        tags: TAG,
        summary: '年度报告一览：本乡镇（街道），或县级督察人员所辖全部乡镇（街道）的状态、报送和公开是否按时',
        querystring: z.object({ year: year.optional() }),
        response: { 200: reportList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const paths = scopePaths(actor, 'business');
      if (paths.length === 0) throw forbidden();
      const today = app.clock.today();
      const y = req.query.year ?? Number(today.slice(0, 4)) - 1;
      const orgs = await k
        .selectFrom('org')
        .select(['id', 'code', 'name'])
        .where('kind', 'in', REPORT_ORG_KINDS)
        .where((eb) => inOrgSubtree(eb, 'org.id', paths))
        .orderBy('code')
        .execute();
      const reports = orgs.length
        ? await k
            .selectFrom('annualReport')
            .selectAll()
            .where('year', '=', y)
            .where(
              'orgId',
              'in',
              orgs.map((o) => o.id),
            )
            .execute()
        : [];
      const byOrg = new Map(reports.map((r) => [r.orgId, r]));
      return { year: y, today, items: orgs.map((o) => summaryOf(o, y, byOrg.get(o.id), today)) };
    },
  );

  app.post(
    '/annual-reports/:orgId/:year',
    { schema: { tags: TAG, summary: '由台账起草年度报告（第1版）', params, response: { 201: reportView } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await reportOrg(k, actor, req.params.orgId);
      requireRole(actor, org, WRITE_ROLES, '起草年度报告');
      await k.transaction().execute((tx) => createReport(tx, actor, org, req.params.year, app.clock.today()));
      reply.code(201);
      return view(actor, org.id, req.params.year);
    },
  );

  app.get(
    '/annual-reports/:orgId/:year',
    {
      schema: {
        tags: TAG,
        summary: '年度报告当前版本：段落、数字绑定、缺口、体检问题',
        params,
        response: { 200: reportView },
      },
    },
    async (req) => view(requireActor(req), req.params.orgId, req.params.year),
  );

  app.put(
    '/annual-reports/:orgId/:year/draft',
    {
      schema: {
        tags: TAG,
        summary: '保存修改后的段落和发文信息（发文字号、抄送机关、印发机关）为新的草稿版本（签发后不可修改）',
        params,
        body: draftBody,
        response: { 200: reportView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = await reportOrg(k, actor, req.params.orgId);
      requireRole(actor, org, WRITE_ROLES, '修改年度报告');
      await k.transaction().execute(async (tx) => {
        const report = await loadReport(tx, org.id, req.params.year);
        if (!report) throw notFound(`${org.name}${req.params.year}年度报告`);
        const { sections, header, record } = req.body;
        await saveDraft(tx, actor, org, report, sections, app.clock.today(), { header, record });
      });
      return view(actor, org.id, req.params.year);
    },
  );

  app.post(
    '/annual-reports/:orgId/:year/transitions/:id',
    {
      schema: {
        tags: TAG,
        summary: '办理环节：提交审核、审核通过、退回修改、签发、报送、公开、归档、更正',
        params: params.extend({ id: z.enum(transitionIds) }),
        body: z
          .object({
            on: isoDate.optional(),
            /** 退回修改: why (required there). */
            reason: z.string().trim().max(500, '退回理由不超过500字').optional(),
          })
          .optional(),
        response: { 200: reportView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = await reportOrg(k, actor, req.params.orgId);
      const { id } = req.params;
      const reason = req.body?.reason || null;
      if (id === 'return' && !reason) {
        throw new AppError('VALIDATION', 400, '退回修改须写明退回理由', {
          fields: { reason: '请写明退回理由，说明需要修改的内容' },
        });
      }
      // a refused step is rolled back; the engine keeps its refusal (audit event and workflow_refusal)
      await runStep(app.db, actor, async (tx) => {
        const report = await loadReport(tx, org.id, req.params.year);
        if (!report) throw notFound(`${org.name}${req.params.year}年度报告`);
        const today = app.clock.today();
        await runReportTransition(tx, actor, org, report, id, { on: req.body?.on ?? today, today, reason });
      });
      return view(actor, org.id, req.params.year);
    },
  );

  app.get(
    '/annual-reports/:orgId/:year/export.docx',
    { schema: { tags: TAG, summary: '导出当前版本为 DOCX（GB/T 9704-2012 公文格式）', params } },
    async (req, reply) => {
      const { org, v, draft } = await loadCurrent(requireActor(req), req.params.orgId, req.params.year);
      const bytes = await draftDocx(draft, draftDocInfoOptions(draft));
      reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', attachment(`${fileBase(org.name, req.params.year, v)}.docx`));
      return reply.send(bytes);
    },
  );

  app.get(
    '/annual-reports/:orgId/:year/export.pdf',
    {
      schema: {
        tags: TAG,
        summary: '导出当前版本为 PDF（经 LibreOffice 转换；服务器未安装 LibreOffice 时 503，请导出 DOCX）',
        params,
      },
    },
    async (req, reply) => {
      const { org, v, draft } = await loadCurrent(requireActor(req), req.params.orgId, req.params.year);
      let bytes: Buffer;
      try {
        bytes = await docxToPdf(await draftDocx(draft, { ...draftDocInfoOptions(draft), forPdf: true }));
      } catch (err) {
        if (err instanceof PdfUnavailableError) throw new AppError('PDF_UNAVAILABLE', 503, PDF_UNAVAILABLE);
        if (err instanceof PdfConversionError) throw new AppError('PDF_FAILED', 500, err.message);
        if (err instanceof PdfBusyError) throw new AppError('PDF_BUSY', 503, err.message);
        throw err;
      }
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(`${fileBase(org.name, req.params.year, v)}.pdf`));
      return reply.send(bytes);
    },
  );
};
