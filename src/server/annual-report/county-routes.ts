// 年度报告汇总: the county supervisor's API ('report.supervise' over its subtree). Townships and
// administrators get 403; a township outside the supervisor's county 404.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../checker/index.ts';
import {
  countyCopying as countyCopyingResponse,
  countyFindings as countyFindingsResponse,
  countyView,
  uploadResult,
} from '../../shared/api/county.ts';
import { countyYoy } from '../../shared/api/county-yoy.ts';
import { AppError, invalid } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { sendTableFile, TABLE_FORMATS, tableFile } from '../http/table-file.ts';
import { countyCopying, countyFindings, countyOverview } from './county.ts';
import { supervisedPaths } from './county-year.ts';
import { countyYearOverYear, yoyTable } from './county-yoy.ts';
import { deleteExternal, openExternalFile, uploadExternal } from './external.ts';
import { EXTERNAL_LABEL } from './external-table.ts';

const TAG = ['年度报告汇总'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const year = z.coerce.number().int().min(2000).max(2100);
const yearQuery = z.object({ year: year.optional() });
const params = z.object({ orgId: z.coerce.number().int().positive(), year });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), '不是有效的日期');
const uploadFields = z.object({ submittedOn: isoDate.optional(), publishedOn: isoDate.optional() });

const yearOf = (q: { year?: number }, today: string) => q.year ?? Number(today.slice(0, 4)) - 1;

interface Upload {
  name: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart())
    throw new AppError('NO_FILE', 400, '请以表单文件（multipart/form-data）方式上传年度报告');
  let file: { name: string; bytes: Buffer } | null = null;
  const fields: Record<string, string> = {};
  const parts = req.parts({ limits: { files: 1, fileSize: maxBytes } });
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw tooLarge(part.filename, maxBytes);
        file = { name: part.filename, bytes };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(file?.name ?? '', maxBytes);
    if (code === 'FST_FILES_LIMIT') throw new AppError('TOO_MANY_FILES', 413, '一次只能上传一份年度报告');
    throw e;
  }
  if (!file) throw new AppError('NO_FILE', 400, '请选择要上传的年度报告文件');
  return { ...file, fields };
}

const tooLarge = (name: string, limit: number) =>
  new AppError(
    'FILE_TOO_LARGE',
    413,
    `文件${name ? `“${name}”` : ''}超过 ${Math.round(limit / 1024 / 1024)} MB 的上限，请删除图片等附件后再试。未保存该文件。`,
  );

export const countyReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const k = app.db.k;
  const maxBytes = Math.min(DEFAULT_MAX_BYTES, app.config.maxUploadBytes);

  app.get(
    '/annual-reports/county',
    {
      schema: {
        tags: TAG,
        summary:
          '全县年度报告汇总：各乡镇（街道）的状态、报送和公开是否按时、体检问题数，各项指标的报告数与台账数对照及全县合计',
        querystring: yearQuery,
        response: { 200: countyView },
      },
    },
    async (req) => {
      const today = app.clock.today();
      return countyOverview(k, requireActor(req), yearOf(req.query, today), today);
    },
  );

  app.get(
    '/annual-reports/county/findings',
    {
      schema: {
        tags: TAG,
        summary: '某乡镇（街道）年度报告的体检问题清单（本系统报告的签发版本或当前版本，或外部报告）',
        querystring: z.object({ year: year.optional(), orgId: z.coerce.number().int().positive() }),
        response: { 200: countyFindingsResponse },
      },
    },
    async (req) =>
      countyFindings(k, requireActor(req), req.query.orgId, yearOf(req.query, app.clock.today())),
  );

  app.get(
    '/annual-reports/county/copying',
    {
      schema: {
        tags: TAG,
        summary: '各乡镇（街道）年度报告之间的雷同段落（报告体检的跨报告比对）',
        querystring: yearQuery,
        response: { 200: countyCopyingResponse },
      },
    },
    async (req) => countyCopying(k, requireActor(req), yearOf(req.query, app.clock.today())),
  );

  app.get(
    '/annual-reports/county/export.xlsx',
    { schema: { tags: TAG, summary: '导出汇总表 XLSX：报送情况、指标对照', querystring: yearQuery } },
    async (req, reply) => {
      const today = app.clock.today();
      const y = yearOf(req.query, today);
      const view = await countyOverview(k, requireActor(req), y, today);
      const { countyXlsx } = await import('./county-xlsx.ts');
      const buf = await countyXlsx(view);
      reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${y}年度法治政府建设报告汇总.xlsx`)}`,
        );
      return reply.send(buf);
    },
  );

  app.get(
    '/annual-reports/county/yoy',
    {
      schema: {
        tags: TAG,
        summary: '同比：各乡镇（街道）各项指标的本年数、上年数、增减和增减幅度（无数据的不计为0）',
        querystring: yearQuery,
        response: { 200: countyYoy },
      },
    },
    async (req) => countyYearOverYear(k, requireActor(req), yearOf(req.query, app.clock.today())),
  );

  for (const format of TABLE_FORMATS) {
    app.get(
      `/annual-reports/county/yoy/export.${format}`,
      { schema: { tags: TAG, summary: `导出指标同比 ${format.toUpperCase()}`, querystring: yearQuery } },
      async (req, reply) => {
        const view = await countyYearOverYear(k, requireActor(req), yearOf(req.query, app.clock.today()));
        const name = `${view.year}年与${view.previousYear}年指标同比`;
        return sendTableFile(reply, format, name, await tableFile(format, name, yoyTable(view)));
      },
    );
  }

  app.post(
    '/annual-reports/county/external/:orgId/:year',
    {
      schema: {
        tags: TAG,
        summary: `上传未使用本系统的乡镇（街道）的年度报告（${EXTERNAL_LABEL}，Word/PDF/TXT）：体检后保存，已有的替换；可填报送日期 submittedOn、公开日期 publishedOn`,
        consumes: ['multipart/form-data'],
        params,
        response: { 200: uploadResult, 201: uploadResult },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      supervisedPaths(actor);
      const upload = await readUpload(req, maxBytes);
      const parsed = uploadFields.safeParse(upload.fields);
      if (!parsed.success) {
        const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
        throw invalid('日期填写不正确', fields);
      }
      const today = app.clock.today();
      const result = await uploadExternal(
        k,
        actor,
        {
          orgId: req.params.orgId,
          year: req.params.year,
          fileName: upload.name,
          bytes: upload.bytes,
          ...parsed.data,
        },
        { dataDir: app.config.dataDir, s3: app.config.s3, maxBytes, timeoutMs: DEFAULT_TIMEOUT_MS, today },
      );
      reply.code(result.replaced ? 200 : 201);
      return result;
    },
  );

  app.get(
    '/annual-reports/county/external/:orgId/:year/file',
    {
      schema: {
        tags: TAG,
        summary: `下载某乡镇（街道）某年度${EXTERNAL_LABEL}的原件（上传时的文件名和格式）`,
        params,
      },
    },
    async (req, reply) => {
      const file = await openExternalFile(
        k,
        requireActor(req),
        req.params.orgId,
        req.params.year,
        app.config.dataDir,
        app.config.s3,
      );
      reply
        .header('content-type', file.mime)
        .header('content-length', String(file.size))
        .header('x-content-sha256', file.sha256)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return reply.send(file.stream);
    },
  );

  app.delete(
    '/annual-reports/county/external/:orgId/:year',
    { schema: { tags: TAG, summary: `删除某乡镇（街道）某年度的${EXTERNAL_LABEL}`, params } },
    async (req, reply) => {
      await deleteExternal(k, requireActor(req), req.params.orgId, req.params.year);
      reply.code(204);
    },
  );
};
