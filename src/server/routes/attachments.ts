// Content-addressed attachments: streamed upload, sniffed type, org-scoped download.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachment } from '../../shared/api/attachments.ts';
import { openAttachment, storeAttachment } from '../core/attachments.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/attachments',
    {
      schema: {
        tags: ['附件'],
        summary: '上传附件（multipart，字段 file）',
        consumes: ['multipart/form-data'],
        response: { 201: attachment },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const part = await req.file();
      if (!part) throw new AppError('NO_FILE', 400, '请选择要上传的文件');
      const orgField = part.fields.orgId as { value?: unknown } | undefined;
      const orgId = orgField?.value ? Number(orgField.value) : actor.orgId;
      if (!Number.isInteger(orgId) || orgId <= 0)
        throw new AppError('VALIDATION', 400, 'orgId: 机构编号无效');
      const row = await storeAttachment(app.db.k, actor, {
        stream: part.file,
        filename: part.filename,
        orgId,
        dataDir: app.config.dataDir,
        maxBytes: app.config.maxUploadBytes,
      });
      if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', 413, '上传的文件超过大小限制');
      return reply.status(201).send(row);
    },
  );

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags: ['附件'],
        summary: '下载附件（按机构范围授权）',
        params: z.object({ id: z.coerce.number().int().positive() }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { row, stream } = await openAttachment(app.db.k, actor, req.params.id, app.config.dataDir);
      reply.header('content-type', row.mime);
      reply.header('content-length', String(row.size));
      reply.header('x-content-sha256', row.sha256);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`);
      return reply.send(stream);
    },
  );
};
