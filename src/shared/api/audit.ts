// The audit trail (docs/api.md, "Audit"). The catalogue of actions and entity types with their
// Chinese labels is src/shared/audit-actions.ts, served at GET /api/audit/catalogue.
import { z } from 'zod';
import type { AuditCatalogue } from '../audit-actions.ts';
import { id, page } from './common.ts';

export const auditEvent = z.object({
  id,
  seq: z.number(),
  at: z.string(),
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  orgId: id.nullable(),
  orgName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  clientIp: z.string().nullable(),
  hash: z.string(),
  /** The event's business values are withheld from the auditor (the keys, the fields, stay). */
  withheld: z.boolean().optional(),
});
export type AuditEvent = z.infer<typeof auditEvent>;
export const auditPage = page(auditEvent);

/** How the chain is broken: an event edited, deleted, unlinked, re-hashed without the key; events
 * after a checkpoint deleted or rewritten; a checkpoint forged. */
export const AUDIT_BREAKS = [
  'edited',
  'missing',
  'link',
  'unkeyed',
  'truncated',
  'rewritten',
  'checkpoint',
] as const;

export const auditVerify = z.object({
  ok: z.boolean(),
  count: z.number(),
  /** Events at the start of the chain hashed without a key (written before keyed hashing). */
  legacy: z.number().optional(),
  /** The newest signed checkpoint the chain was checked against. */
  checkpoint: z.object({ seq: z.number(), at: z.string(), hash: z.string() }).optional(),
  firstBroken: z.object({ seq: z.number(), reason: z.string(), code: z.enum(AUDIT_BREAKS) }).optional(),
});
export type AuditVerifyResult = z.infer<typeof auditVerify>;

const catalogueItem = z.object({ value: z.string(), label: z.string() });
export const auditCatalogue = z.object({
  actions: z.array(catalogueItem),
  entityTypes: z.array(catalogueItem),
}) satisfies z.ZodType<AuditCatalogue>;
