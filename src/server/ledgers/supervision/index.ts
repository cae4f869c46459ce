// The supervision ledger (督办通知): the county supervisor issues a notice to a township about a
// ledger record, an overdue item or a report finding, with a 办理期限; the township's clerk or
// leader replies with what it did (and attachments); the county closes it (办结) or returns it
// (退回, with a reason). Only a supervisor of an organisation above the notice's may issue, close or
// return it; only the township's own staff reply. 《行政执法监督条例》（国务院令第825号）.
import { isAdminRole, type Role } from '../../../shared/roles.ts';
import type { Actor } from '../../core/actor.ts';
import { rolesAt } from '../../core/policy.ts';
import { defineLedger, type LedgerDef, type RecordTypeDef } from '../contract.ts';
import { NOTICE_FIELDS } from './fields.ts';
import { noticeInputs } from './inputs.ts';
import { seedSupervision } from './seeds.ts';
import { supervisionViews } from './views.ts';
import { NOTICE_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'leader', 'supervisor'],
  // Issuing is the county's; the township's steps are given by the policy below.
  write: ['supervisor'],
  reveal: [],
} as const;

const notice: RecordTypeDef = {
  type: 'notice',
  label: '督办通知',
  table: 'supervisionNotice',
  titleField: 'title',
  dateField: 'issuedOn',
  fields: NOTICE_FIELDS,
  inputs: noticeInputs,
  workflow: NOTICE_WORKFLOW,
  exports: [
    'issuedOn',
    'title',
    'orgId',
    'subjectKind',
    'dueOn',
    'requirement',
    'state',
    'repliedOn',
    'reply',
    'returnReason',
    'closedOn',
    'closeNote',
  ],
};

const TOWNSHIP_ROLES: readonly Role[] = ['clerk', 'leader'];

/** The actor holds the supervisor role at an organisation strictly above `path`. */
export function supervisesFromAbove(actor: Actor, path: string): boolean {
  return actor.roles.some((r) => r.role === 'supervisor' && path.startsWith(r.orgPath) && path !== r.orgPath);
}

function stepFrom(id: string, state: string | undefined): boolean {
  const t = NOTICE_WORKFLOW.transitions.find((x) => x.id === id);
  return t !== undefined && (state === undefined || t.from.includes(state));
}

/**
 * Deny wins. Read and export: a reading role over the notice. Issue (create), close and return:
 * a supervisor above the notice's organisation (never one at it: a township cannot close its own
 * notice). Reply: the clerk or leader over the notice's organisation. Nobody edits, imports or
 * reveals a notice: it is corrected by returning it or issuing another.
 */
const policy: LedgerDef['policy'] = (actor, action, record) => {
  if (actor.system) return true;
  if (actor.roles.some((r) => isAdminRole(r.role))) return false;
  const held = record ? rolesAt(actor, record.orgPath) : new Set(actor.roles.map((r) => r.role));
  const supervises = record ? supervisesFromAbove(actor, record.orgPath) : held.has('supervisor');
  switch (action) {
    case 'read':
    case 'export':
      return ACCESS.read.some((r) => held.has(r));
    case 'create':
      return supervises;
    case 'update':
    case 'import':
    case 'reveal':
      return false;
    case 'transition:reply':
      return TOWNSHIP_ROLES.some((r) => held.has(r)) && stepFrom('reply', record?.state);
    case 'transition:close':
    case 'transition:return':
      return supervises && stepFrom(action.slice('transition:'.length), record?.state);
    default:
      return false;
  }
};

export const supervisionLedger = defineLedger({
  kind: 'supervision',
  label: '督办通知',
  access: ACCESS,
  recordTypes: [notice],
  policy,
  indicators: [],
  seeds: seedSupervision,
  // The manifest refers to itself lazily: the views need the ledger's access rules.
  views: supervisionViews((): LedgerDef => supervisionLedger),
});
