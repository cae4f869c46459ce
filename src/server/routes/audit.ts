// The auditor's view of the append-only audit trail.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit, verifyAudit } from '../core/audit.ts';
import { authorize } from '../core/policy.ts';
import { requireActor } from '../http/auth-hooks.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['审计'],
        summary: '审计日志（审计管理员）',
        querystring: z.object({
          actor: z.string().max(64).optional(),
          action: z.string().max(64).optional(),
          entityType: z.string().max(64).optional(),
          orgId: z.coerce.number().int().positive().optional(),
          from: z.string().max(32).optional(),
          to: z.string().max(32).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
      },
    },
    async (req) => listAudit(app.db.k, requireActor(req), req.query),
  );
  app.get('/audit/verify', { schema: { tags: ['审计'], summary: '校验审计链' } }, async (req) => {
    authorize(requireActor(req), 'audit.read');
    return verifyAudit(app.db.k);
  });
};
