// The auditor's view of the append-only audit trail.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditCatalogue as auditCatalogueResponse, auditPage, auditVerify } from '../../shared/api/audit.ts';
import {
  type AuditCatalogue,
  CORE_AUDIT_ACTIONS,
  CORE_ENTITY_TYPES,
  LEDGER_AUDIT_VERBS,
  ledgerActionLabel,
} from '../../shared/audit-actions.ts';
import { TRANSITIONS as REPORT_TRANSITIONS } from '../annual-report/workflow.ts';
import { listAudit } from '../core/audit.ts';
import { verifyAuditWithCheckpoints } from '../core/audit-checkpoints.ts';
import { presentForAuditor } from '../core/audit-present.ts';
import { authorize } from '../core/policy.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { LEDGERS } from '../ledgers/registry.ts';

/** Every action and entity type the server writes, with its Chinese label. */
export function auditCatalogue(): AuditCatalogue {
  const actions = new Map<string, string>(Object.entries(CORE_AUDIT_ACTIONS));
  for (const [id, t] of Object.entries(REPORT_TRANSITIONS))
    actions.set(`annual_report.${id}`, ledgerActionLabel('年度报告', t.label));
  const entityTypes = new Map<string, string>(Object.entries(CORE_ENTITY_TYPES));
  for (const ledger of LEDGERS) {
    for (const [verb, label] of Object.entries(LEDGER_AUDIT_VERBS))
      actions.set(`${ledger.kind}.${verb}`, ledgerActionLabel(ledger.label, label));
    for (const rt of ledger.recordTypes) {
      entityTypes.set(`${ledger.kind}.${rt.type}`, rt.label);
      for (const t of rt.workflow.transitions) {
        const key = `${ledger.kind}.${t.id}`;
        if (!actions.has(key)) actions.set(key, ledgerActionLabel(ledger.label, t.label));
      }
    }
  }
  const list = (m: Map<string, string>) => [...m].map(([value, label]) => ({ value, label }));
  return { actions: list(actions), entityTypes: list(entityTypes) };
}

/** Actions whose events carry business data: the ledgers', the annual report's, attachments'. */
const BUSINESS_PREFIXES: ReadonlySet<string> = new Set([
  ...LEDGERS.map((l) => l.kind),
  'annual_report',
  'external_report',
  'attachment',
]);

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit/catalogue',
    {
      schema: {
        tags: ['审计'],
        summary: '审计日志的操作和对象类型及其中文名称（审计管理员）',
        response: { 200: auditCatalogueResponse },
      },
    },
    async (req) => {
      authorize(requireActor(req), 'audit.read');
      return auditCatalogue();
    },
  );
  app.get(
    '/audit',
    {
      schema: {
        tags: ['审计'],
        summary:
          '审计日志（审计管理员）：谁、何时、对哪条记录做了什么、改了哪些字段；业务内容（当事人、诉求、协议等）的值已隐去，由记录的经办人在记录的时间线中查看',
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
        response: { 200: auditPage },
      },
    },
    async (req) => {
      const page = await listAudit(app.db.k, requireActor(req), req.query);
      return { ...page, items: page.items.map((e) => presentForAuditor(e, BUSINESS_PREFIXES)) };
    },
  );
  app.get(
    '/audit/verify',
    { schema: { tags: ['审计'], summary: '校验审计链', response: { 200: auditVerify } } },
    async (req) => {
      authorize(requireActor(req), 'audit.read');
      return verifyAuditWithCheckpoints(app.db.k, app.config.dataDir);
    },
  );
};
