// The enforcement ledger (行政执法): its manifest. Officers and their certificates, the enforcement
// item list, equipment, cases under the 三项制度 and inspections; everything the machinery needs
// is declared here.
import { defineLedger, type LedgerDef, portalOf, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import {
  CASE_FIELDS,
  CERTIFIED_USER_FIELDS,
  EQUIPMENT_FIELDS,
  INSPECTION_FIELDS,
  ITEM_FIELDS,
  OFFICER_FIELDS,
} from './fields.ts';
import { ENFORCEMENT_INDICATOR_SETS, ENFORCEMENT_INDICATORS } from './indicators.ts';
import {
  caseCreate,
  caseUpdate,
  equipmentInputs,
  inspectionInputs,
  itemInputs,
  officerCreate,
  officerUpdate,
} from './inputs.ts';
import {
  certifiedOfficers,
  enforcementAlerts,
  holdsValidCertificate,
  publishedDecisions,
} from './queries.ts';
import { EQUIPMENT_WORKFLOW, INSPECTION_WORKFLOW, ITEM_WORKFLOW, OFFICER_WORKFLOW } from './registers.ts';
import { seedEnforcement } from './seeds.ts';
import { enforcementViews } from './views.ts';
import { CASE_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  // Supervisors read the county's. The legal advisor reads none: its 法制审核 of a case is the
  // answer to a review task of the advisor ledger linked to the case (SPEC §1: tasks only).
  read: ['clerk', 'officer', 'leader', 'supervisor'],
  write: ['clerk', 'officer', 'leader'],
  // Parties' numbers are for those who handle the case (个人信息保护法 第六条 最小必要).
  reveal: ['officer', 'leader'],
} as const;

const officer: RecordTypeDef = {
  type: 'officer',
  label: '行政执法人员',
  table: 'enforcementOfficer',
  titleField: 'name',
  dateField: 'issuedOn',
  assigneeField: 'userId',
  fields: OFFICER_FIELDS,
  inputs: { create: officerCreate, update: officerUpdate },
  workflow: OFFICER_WORKFLOW,
  // 行政执法公示 (事前公开): the officers holding a certificate valid today.
  portal: portalOf(OFFICER_FIELDS, holdsValidCertificate),
  exports: [
    'name',
    'orgId',
    'certNo',
    'field',
    'issuedOn',
    'validUntil',
    'state',
    'revokedOn',
    'revokeReason',
  ],
};

const item: RecordTypeDef = {
  type: 'item',
  label: '行政执法事项',
  table: 'enforcementItem',
  titleField: 'name',
  numberField: 'code',
  dateField: 'listedOn',
  fields: ITEM_FIELDS,
  inputs: itemInputs,
  workflow: ITEM_WORKFLOW,
  // 行政执法事项清单: the items in force.
  portal: portalOf(ITEM_FIELDS, (r) => r.state === 'active'),
  exports: ['code', 'name', 'orgId', 'category', 'source', 'legalBasis', 'department', 'listedOn', 'state'],
};

const equipment: RecordTypeDef = {
  type: 'equipment',
  label: '执法装备',
  table: 'enforcementEquipment',
  titleField: 'assetNo',
  dateField: 'acquiredOn',
  assigneeField: 'holderId',
  fields: EQUIPMENT_FIELDS,
  inputs: equipmentInputs,
  workflow: EQUIPMENT_WORKFLOW,
  exports: ['assetNo', 'orgId', 'kind', 'model', 'holderId', 'acquiredOn', 'state', 'retiredOn'],
};

const enforcementCase: RecordTypeDef = {
  type: 'case',
  label: '行政执法案件',
  table: 'enforcementCase',
  titleField: 'title',
  dateField: 'filedOn',
  assigneeField: 'leadOfficerId',
  fields: CASE_FIELDS,
  inputs: { create: caseCreate, update: caseUpdate },
  workflow: CASE_WORKFLOW,
  // 行政执法公示 (事后公开): published decisions, the party's name masked (国办发〔2018〕118号).
  portal: portalOf(
    CASE_FIELDS,
    (r) => r.publishedOn !== null && r.publishedOn !== undefined,
    publishedDecisions,
  ),
  exports: [
    'caseNo',
    'title',
    'orgId',
    'filedOn',
    'source',
    'itemId',
    'isMajor',
    'leadOfficerId',
    'secondOfficerId',
    'partyType',
    'partyName',
    'state',
    'noticeOn',
    'hearingRequestedOn',
    'hearingOn',
    'legalReviewOpinion',
    'legalReviewedOn',
    'discussedOn',
    'extendedOn',
    'decisionNo',
    'decidedOn',
    'outcome',
    'fineAmount',
    'confiscatedAmount',
    'servedOn',
    'executedOn',
    'closedOn',
    'archivedOn',
    'archiveNo',
    'publishedOn',
    'disclosureExemptReason',
    'fileReviewScore',
    'fileReviewGrade',
  ],
};

const inspection: RecordTypeDef = {
  type: 'inspection',
  label: '行政检查',
  table: 'enforcementInspection',
  titleField: 'enterpriseName',
  dateField: 'inspectedOn',
  assigneeField: 'leadOfficerId',
  fields: INSPECTION_FIELDS,
  inputs: inspectionInputs,
  workflow: INSPECTION_WORKFLOW,
  exports: [
    'inspectedOn',
    'enterpriseName',
    'creditCode',
    'orgId',
    'kind',
    'itemId',
    'leadOfficerId',
    'secondOfficerId',
    'result',
    'findings',
    'state',
  ],
};

const RECORD_TYPES = [enforcementCase, officer, item, equipment, inspection];
const policy = defaultPolicy(ACCESS, RECORD_TYPES);

export const enforcementLedger = defineLedger({
  kind: 'enforcement',
  label: '行政执法台账',
  access: ACCESS,
  recordTypes: RECORD_TYPES,
  policy,
  indicators: ENFORCEMENT_INDICATORS,
  indicatorSets: ENFORCEMENT_INDICATOR_SETS,
  alerts: (k, paths) => enforcementAlerts(k, paths),
  seeds: seedEnforcement,
  // Officers of a case or an inspection are offered only while their certificate is valid (第42条).
  options: async (k, { type, field, today }) =>
    CERTIFIED_USER_FIELDS[type]?.includes(field.name) ? certifiedOfficers(k, today) : null,
  // The manifest refers to itself lazily: the views need the ledger's access rules.
  views: enforcementViews((): LedgerDef => enforcementLedger),
});
