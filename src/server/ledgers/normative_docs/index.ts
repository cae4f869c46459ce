// The normative documents ledger (行政规范性文件): its manifest. Everything the machinery needs is
// declared here.
import { rolesAt } from '../../core/policy.ts';
import { defineLedger, portalOf, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { NORMATIVE_DOC_FIELDS } from './fields.ts';
import { NORMATIVE_DOC_INDICATOR_SETS, NORMATIVE_DOC_INDICATORS } from './indicators.ts';
import { normativeDocInputs } from './inputs.ts';
import { seedNormativeDocs } from './seeds.ts';
import { NORMATIVE_DOC_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // No personal information in this ledger: nothing to reveal.
  reveal: [],
} as const;

/** Issued documents, with their status (有效/失效/废止), are public (SPEC: status shown on the portal). */
const PUBLIC_STATES = new Set(['published', 'filed', 'repealed', 'expired']);

const normativeDoc: RecordTypeDef = {
  type: 'normative_doc',
  label: '行政规范性文件',
  table: 'normativeDoc',
  titleField: 'title',
  numberField: 'docNumber',
  dateField: 'draftedOn',
  fields: NORMATIVE_DOC_FIELDS,
  inputs: normativeDocInputs,
  workflow: NORMATIVE_DOC_WORKFLOW,
  exports: [
    'draftedOn',
    'title',
    'orgId',
    'draftingUnit',
    'businessRelated',
    'state',
    'commentFrom',
    'commentUntil',
    'commentCount',
    'reviewBody',
    'reviewConclusion',
    'reviewedOn',
    'reviewer',
    'fairConclusion',
    'meeting',
    'deliberatedOn',
    'docNumber',
    'registeredOn',
    'publishedOn',
    'effectiveOn',
    'validUntil',
    'filedOn',
    'filedWith',
    'cleanedOn',
    'cleanResult',
    'cleanReason',
  ],
  portal: portalOf(NORMATIVE_DOC_FIELDS, (r) => PUBLIC_STATES.has(String(r.state))),
};

const base = defaultPolicy(ACCESS, [normativeDoc]);
const legalReview = NORMATIVE_DOC_WORKFLOW.transitions.find((t) => t.id === 'legal_review');

export const normativeDocsLedger = defineLedger({
  kind: 'normative_docs',
  label: '行政规范性文件台账',
  access: ACCESS,
  recordTypes: [normativeDoc],
  // The township's legal advisor reads none of the ledger but may give the legality review opinion
  // (合法性审核) on a document of an organisation where the advisor holds the role: the review task
  // of the advisor ledger runs `legal_review` for them.
  policy: (actor, action, record) => {
    if (base(actor, action, record)) return true;
    if (action !== 'transition:legal_review' || actor.system || !legalReview) return false;
    const held = record ? rolesAt(actor, record.orgPath) : new Set(actor.roles.map((r) => r.role));
    if (!held.has('advisor')) return false;
    return record?.state === undefined || legalReview.from.includes(record.state);
  },
  indicators: NORMATIVE_DOC_INDICATORS,
  indicatorSets: NORMATIVE_DOC_INDICATOR_SETS,
  seeds: seedNormativeDocs,
});
