// Generic HTTP routes for every registered ledger, so the workbench can drive its pages from the
// manifests: the manifests themselves, list/detail/create/update, transitions, reveal, XLSX
// template/export/import. The deadline board is board/, the indicators indicators/.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  importResult,
  ledgerManifestList,
  linkedRecord,
  linkOptionList,
  nextNumber,
  recordDetail,
  recordPage,
  recordWithPolicies,
  revealed,
  userOptionList,
} from '../../shared/api/ledgers.ts';
import { isIsoDate } from '../../shared/calendar/index.ts';
import type { Actor } from '../core/actor.ts';
import { loadCalendar } from '../core/calendar.ts';
import { piiFor } from '../core/pii.ts';
import { deadlinesOfRecord } from '../core/workflow/deadlines.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { exactJson } from '../http/serializer.ts';
import { sendTableFile, TABLE_FORMATS, tableFile } from '../http/table-file.ts';
import type { LedgerDef, RecordTypeDef } from './contract.ts';
import { suggestDocNo } from './doc-numbers.ts';
import { exportTable } from './export-table.ts';
import { readLinkedRecord } from './linked-read.ts';
import { searchLinks } from './links.ts';
import { listRecords } from './list.ts';
import { manifestOf } from './manifest.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';
import { userOptions } from './options.ts';
import { actionsOf, readPaths } from './policy.ts';
import { findLedger, findRecordType, LEDGERS } from './registry.ts';
import { stepsOf } from './step-check.ts';
import {
  assertLedgerAccess,
  createRecord,
  type LedgerRuntime,
  loadRecord,
  presentRows,
  reveal,
  scopedQuery,
  updateRecord,
} from './store.ts';
import { runTransition, timelineOf } from './workflow.ts';
import { importRows, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS, parseImport } from './xlsx.ts';

const TAG = ['台账'];
const isoDate = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');
const kindType = z.object({ kind: z.string().max(40), type: z.string().max(40) });
const recordParams = kindType.extend({ id: z.coerce.number().int().positive() });
const listQuery = z.object({
  q: z.string().trim().max(100).optional(),
  state: z.string().max(40).optional(),
  org: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  columns: z.enum(['all', 'list']).default('all'),
});
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function resolve(kind: string, type: string): { ledger: LedgerDef; rt: RecordTypeDef } {
  const ledger = findLedger(kind);
  if (!ledger) throw notFound(M.noLedger(kind));
  const rt = findRecordType(ledger, type);
  if (!rt) throw notFound(M.noType(type));
  return { ledger, rt };
}

/** The actions the actor may take on a record (sent with it so the UI hides the rest). */
function policiesOf(actor: Actor, ledger: LedgerDef, rt: RecordTypeDef, orgPath: string, state: string) {
  const out: Record<string, boolean> = {};
  for (const action of actionsOf(rt)) {
    if (action === 'create' || action === 'import') continue;
    out[action] = ledger.policy(actor, action, { orgPath, state });
  }
  return out;
}

/** The uploaded workbook, refused while it arrives once it passes the import file limit. */
async function readImportFile(req: FastifyRequest): Promise<Buffer> {
  try {
    const part = await req.file({ limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1 } });
    if (!part) throw new AppError('NO_FILE', 400, M.importNoFile);
    return await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'IMPORT_TOO_LARGE',
        413,
        M.importFileTooLarge(MAX_IMPORT_FILE_BYTES / 1024 / 1024, MAX_IMPORT_ROWS),
      );
    throw e;
  }
}

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  const pii = () => piiFor({ secret: app.config.secret, dataDir: app.config.dataDir });
  const runtime = async (): Promise<LedgerRuntime> => {
    const today = app.clock.today();
    return { pii: pii(), calendar: await loadCalendar(app.db, today), today };
  };

  app.get(
    '/ledgers',
    {
      schema: {
        tags: TAG,
        summary: '可使用的台账及其字段、状态、办理环节',
        response: { 200: ledgerManifestList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return {
        items: LEDGERS.filter((l) => readPaths(actor, l).length > 0).map((l) => manifestOf(actor, l)),
      };
    },
  );

  app.get(
    '/ledgers/:kind/:type',
    {
      schema: {
        tags: TAG,
        summary: '记录列表（按机构范围，个人信息脱敏）',
        params: kindType,
        querystring: listQuery,
        // presentRows builds exactly recordView: no zod encoding of the page (checked in tests).
        response: { 200: exactJson(recordPage) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      return listRecords(app.db.k, actor, ledger, rt, req.query, pii());
    },
  );

  // The export, as XLSX or CSV: the list's filters, the manifest's columns, masked values.
  for (const format of TABLE_FORMATS) {
    app.get(
      `/ledgers/:kind/:type/export.${format}`,
      {
        schema: {
          tags: TAG,
          summary: `导出 ${format.toUpperCase()}（与列表相同的筛选）`,
          params: kindType,
          querystring: listQuery.omit({ page: true, pageSize: true }),
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const { ledger, rt } = resolve(req.params.kind, req.params.type);
        assertLedgerAccess(actor, ledger);
        if (!ledger.policy(actor, 'export')) throw forbidden(M.forbiddenAction('导出'));
        const q = await scopedQuery(app.db.k, actor, ledger, rt, { ...req.query, page: 1, pageSize: 1 });
        const rows = await q
          .selectAll('r')
          .orderBy(`r.${rt.dateField}`, 'desc')
          .orderBy('r.id', 'desc')
          .limit(50_000)
          .execute();
        const views = await presentRows(app.db.k, rt, rows as never, pii());
        const buf = await tableFile(format, rt.label, exportTable(rt, views));
        return sendTableFile(reply, format, rt.label, buf);
      },
    );
  }

  app.get(
    '/ledgers/:kind/:type/template.xlsx',
    { schema: { tags: TAG, summary: '下载导入模板', params: kindType } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      assertLedgerAccess(actor, ledger);
      if (!ledger.policy(actor, 'import')) throw forbidden(M.forbiddenAction('导入'));
      const { templateXlsx } = await import('./xlsx.ts');
      reply.header('content-type', XLSX_MIME);
      reply.header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`${rt.label}导入模板.xlsx`)}`,
      );
      return reply.send(await templateXlsx(rt));
    },
  );

  app.post(
    '/ledgers/:kind/:type/import',
    {
      schema: {
        tags: TAG,
        summary: '导入 XLSX（全部成功或全部不导入）',
        params: kindType,
        consumes: ['multipart/form-data'],
        response: { 201: importResult },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      assertLedgerAccess(actor, ledger);
      if (!ledger.policy(actor, 'import')) throw forbidden(M.forbiddenAction('导入'));
      const buf = await readImportFile(req);
      const rows = await parseImport(app.db.k, actor, ledger, rt, buf);
      const rt0 = await runtime();
      const ids = await app.db.k.transaction().execute((tx) => importRows(tx, actor, ledger, rt, rows, rt0));
      return reply.status(201).send({ imported: ids.length, ids });
    },
  );

  app.get(
    '/ledgers/:kind/:type/options/:field',
    {
      schema: {
        tags: TAG,
        summary: '人员字段可选的人员（本机构范围内持有相应角色的在职人员）',
        params: kindType.extend({ field: z.string().max(60) }),
        querystring: z.object({ org: z.coerce.number().int().positive().optional() }),
        response: { 200: userOptionList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      return {
        items: await userOptions(
          app.db.k,
          actor,
          ledger,
          rt,
          req.params.field,
          req.query.org,
          app.clock.today(),
        ),
      };
    },
  );

  app.get(
    '/ledgers/:kind/:type/links/:field',
    {
      schema: {
        tags: TAG,
        summary: '关联记录字段可选的记录（按名称或编号搜索，限本人管辖范围）',
        params: kindType.extend({ field: z.string().max(60) }),
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          id: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: linkOptionList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      assertLedgerAccess(actor, ledger);
      return { items: await searchLinks(app.db.k, actor, rt, req.params.field, req.query) };
    },
  );

  app.get(
    '/ledgers/:kind/:type/numbers/:field',
    {
      schema: {
        tags: TAG,
        summary: '案号、文号字段的下一个可用编号（本单位同类同年）',
        params: kindType.extend({ field: z.string().max(60) }),
        querystring: z.object({ org: z.coerce.number().int().positive().optional(), on: isoDate.optional() }),
        response: { 200: nextNumber },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      const paths = assertLedgerAccess(actor, ledger);
      return suggestDocNo(app.db.k, actor, paths, rt, req.params.field, req.query, app.clock.today());
    },
  );

  app.get(
    '/ledgers/:kind/:type/:id',
    {
      schema: {
        tags: TAG,
        summary: '记录详情（含可执行操作、时间线与期限）',
        params: recordParams,
        response: { 200: recordDetail },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      const { row, orgPath } = await loadRecord(app.db.k, actor, ledger, rt, req.params.id);
      const [view] = await presentRows(app.db.k, rt, [row], pii());
      const today = app.clock.today();
      const calendar = await loadCalendar(app.db, today);
      return {
        ...view,
        policies: policiesOf(actor, ledger, rt, orgPath, row.state),
        timeline: await timelineOf(app.db.k, ledger, rt, row.id),
        deadlines: await deadlinesOfRecord(app.db.k, calendar, today, {
          ledger: ledger.kind,
          recordType: rt.type,
          recordId: row.id,
        }),
        steps: await stepsOf(app.db.k, actor, ledger, rt, row, orgPath, today, calendar),
      };
    },
  );

  app.get(
    '/ledgers/:kind/:type/:id/linked/:field',
    {
      schema: {
        tags: TAG,
        summary: '关联记录（只读：字段与附件；仅限授权查阅的关联字段，如法律顾问查阅送审文件）',
        params: recordParams.extend({ field: z.string().max(60) }),
        response: { 200: linkedRecord },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      return readLinkedRecord(app.db.k, actor, { ledger, rt, id: req.params.id }, req.params.field, pii());
    },
  );

  const present = async (actor: Actor, ledger: LedgerDef, rt: RecordTypeDef, id: number) => {
    const { row, orgPath } = await loadRecord(app.db.k, actor, ledger, rt, id);
    const [view] = await presentRows(app.db.k, rt, [row], pii());
    return { ...view, policies: policiesOf(actor, ledger, rt, orgPath, row.state) };
  };

  app.post(
    '/ledgers/:kind/:type',
    {
      schema: {
        tags: TAG,
        summary: '新建记录',
        params: kindType,
        body: z.record(z.string(), z.unknown()),
        response: { 201: recordWithPolicies },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      const rt0 = await runtime();
      const row = await app.db.k
        .transaction()
        .execute((tx) => createRecord(tx, actor, ledger, rt, req.body, rt0));
      return reply.status(201).send(await present(actor, ledger, rt, row.id));
    },
  );

  app.patch(
    '/ledgers/:kind/:type/:id',
    {
      schema: {
        tags: TAG,
        summary: '修改记录',
        params: recordParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: recordWithPolicies },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      const rt0 = await runtime();
      await app.db.k
        .transaction()
        .execute((tx) => updateRecord(tx, actor, ledger, rt, req.params.id, req.body, rt0));
      return present(actor, ledger, rt, req.params.id);
    },
  );

  app.post(
    '/ledgers/:kind/:type/:id/transitions/:transition',
    {
      schema: {
        tags: TAG,
        summary: '办理（流转）；不符合法定条件时 409 WORKFLOW_REFUSED 并说明依据',
        params: recordParams.extend({ transition: z.string().max(40) }),
        body: z.record(z.string(), z.unknown()).optional(),
        response: { 200: recordWithPolicies },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      const rt0 = await runtime();
      await runTransition(
        app.db,
        actor,
        ledger,
        rt,
        req.params.id,
        req.params.transition,
        req.body ?? {},
        rt0,
      );
      return present(actor, ledger, rt, req.params.id);
    },
  );

  app.post(
    '/ledgers/:kind/:type/:id/reveal/:field',
    {
      schema: {
        tags: TAG,
        summary: '查看完整个人信息（需授权，记入审计日志）',
        params: recordParams.extend({ field: z.string().max(60) }),
        response: { 200: revealed },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { ledger, rt } = resolve(req.params.kind, req.params.type);
      return app.db.k
        .transaction()
        .execute((tx) => reveal(tx, actor, ledger, rt, req.params.id, req.params.field, pii()));
    },
  );

  // A ledger's own read-only views; static paths, so they never shadow /ledgers/:kind/:type/:id.
  for (const ledger of LEDGERS) {
    if (ledger.views) await app.register(ledger.views, { prefix: `/ledgers/${ledger.kind}/views` });
  }
};
