// Content-addressed attachments: streamed upload, sniffed type, org-scoped download.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachment } from '../../shared/api/attachments.ts';
import { mayReadExternalFile } from '../annual-report/external.ts';
import type { Actor } from '../core/actor.ts';
import { type AttachmentGate, openAttachment, storeAttachment } from '../core/attachments.ts';
import { blobStoreFor } from '../core/blob-store.ts';
import type { Kdb } from '../db/connect.ts';
import type { Attachment } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { mayReadLedgerAttachment } from '../ledgers/attachment-access.ts';

/**
 * An attachment is read exactly as what it belongs to: a ledger record (its read roles, scope and
 * record-level policy) or a township's external report (its supervisor). One that belongs to
 * nothing yet (uploaded, not attached) is its uploader's alone.
 */
export const attachmentGate: AttachmentGate = async (k: Kdb, actor: Actor, row: Attachment) => {
  const ledger = await mayReadLedgerAttachment(k, actor, row.id);
  if (ledger) return true;
  const external = await mayReadExternalFile(k, actor, row.id);
  if (external) return true;
  if (ledger === null && external === null) return row.createdBy !== null && row.createdBy === actor.userId;
  return false;
};

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
        s3: app.config.s3,
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
        summary:
          '下载附件（与其所属记录相同的授权：台账的阅读角色、机构范围和记录规则；未关联的附件仅上传人可下载）',
        params: z.object({ id: z.coerce.number().int().positive() }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { row, stream } = await openAttachment(
        app.db.k,
        actor,
        req.params.id,
        app.config.dataDir,
        attachmentGate,
        blobStoreFor(app.db.k, app.config.dataDir, app.config.s3),
      );
      reply.header('content-type', row.mime);
      reply.header('content-length', String(row.size));
      reply.header('x-content-sha256', row.sha256);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`);
      return reply.send(stream);
    },
  );
};
