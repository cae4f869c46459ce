// What the auditor reads of an audit event. The stored event keeps its before/after (the hash chain
// covers them, and a record's own holders read them in the record's timeline); the auditor's list
// shows who did what to which record and which fields changed, with business values withheld
// (三员分立: an administrator reads no business data; 个人信息保护: no names, phones, free text).
import type { AuditEventView } from './audit.ts';

/** Shown in place of a withheld value. */
export const WITHHELD = '〔已隐去〕';

/** Keys whose values say how the work was done, not what the matter is: kept for the auditor. */
const KEPT_KEYS = new Set([
  'transition',
  'rule',
  'basis',
  'status',
  'state',
  'fromState',
  'toState',
  'from',
  'to',
  'on',
  'orgId',
  'attachmentIds',
  'version',
  'reason',
  'field',
  'year',
  'count',
  'rows',
  'imported',
  'size',
  'mime',
  'sha256',
  'sm3',
  'oneTimeCode',
]);

function withhold(value: unknown, keep: boolean): unknown {
  if (keep || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.length === 0 ? value : WITHHELD;
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      out[k] = withhold(v, KEPT_KEYS.has(k));
    return out;
  }
  return WITHHELD;
}

/**
 * The event as the auditor sees it: for a business event (its action's prefix is one of
 * `businessPrefixes`: the ledgers, the annual report, attachments) every value but the kept keys is
 * replaced by WITHHELD, the keys (the fields that changed) stay.
 */
export function presentForAuditor(
  event: AuditEventView,
  businessPrefixes: ReadonlySet<string>,
): AuditEventView & { withheld: boolean } {
  const prefix = event.action.split('.')[0];
  if (!businessPrefixes.has(prefix)) return { ...event, withheld: false };
  return {
    ...event,
    before: withhold(event.before, false),
    after: withhold(event.after, false),
    withheld: true,
  };
}
