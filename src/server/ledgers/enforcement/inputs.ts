// zod inputs of the enforcement ledger, with Chinese messages.
import { z } from 'zod';
import { date, fieldShape, id, oneOf, optionalText, recordInputs, text } from '../inputs.ts';
import { CASE_FIELDS, EQUIPMENT_FIELDS, INSPECTION_FIELDS, ITEM_FIELDS, OFFICER_FIELDS } from './fields.ts';
import {
  EXECUTION_WAYS,
  EXEMPT_REASONS,
  OUTCOMES,
  REVIEW_OPINIONS,
  SERVICE_METHODS,
  TERMINATION_REASONS,
} from './labels.ts';

const amount = z.number().min(0, '不能为负数').max(1e10, '金额过大');

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a 统一社会信用代码 (GB 32100-2015). */
export function creditCheckChar(body17: string): string {
  const sum = [...body17].reduce((s, ch, i) => s + CREDIT_CHARS.indexOf(ch) * CREDIT_WEIGHTS[i], 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

export function validCreditCode(v: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
  return creditCheckChar(v.slice(0, 17)) === v[17];
}

const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(validCreditCode, '统一社会信用代码格式或校验位不正确（GB 32100-2015）')
  .or(z.literal(''))
  .nullish();

// ── record types ────────────────────────────────────────────────────────────────────

// The records' inputs are derived from the fields (fields.ts); only what their declaration cannot
// say is written here.

const officer = fieldShape(OFFICER_FIELDS);
const checkValidity = (v: { issuedOn?: string; validUntil?: string }) =>
  !v.issuedOn || !v.validUntil || v.validUntil > v.issuedOn;
const validityMessage = { message: '有效期应晚于发证日期', path: ['validUntil'] };
export const officerCreate = z.object(officer).strict().refine(checkValidity, validityMessage);
export const officerUpdate = z.object(officer).partial().strict().refine(checkValidity, validityMessage);

export const itemInputs = recordInputs(ITEM_FIELDS);

export const equipmentInputs = recordInputs(EQUIPMENT_FIELDS);

const caseBase = fieldShape(CASE_FIELDS, {
  isMajor: z.boolean().default(false),
  partyCreditCode: creditCode,
});
export const caseCreate = z.object(caseBase).strict();
export const caseUpdate = z
  .object({ ...caseBase, isMajor: z.boolean().optional() })
  .partial()
  .strict();

export const inspectionInputs = recordInputs(INSPECTION_FIELDS, { creditCode });

// ── transitions ─────────────────────────────────────────────────────────────────────

export const emptyInput = z.object({}).strict();
export const noticeInput = z.object({ hearingOffered: z.boolean().default(false) }).strict();
export const hearingRequestInput = z.object({ hearingRequestedOn: date }).strict();
export const hearingInput = z.object({ hearingNoticeOn: date, hearingOn: date }).strict();
export const legalReviewInput = z
  .object({
    legalReviewer: text(50),
    legalReviewOpinion: oneOf(REVIEW_OPINIONS),
    legalReviewNote: optionalText(2000),
  })
  .strict();
export const discussInput = z.object({ discussionNote: optionalText(2000) }).strict();
export const extendInput = z
  .object({
    extensionApprover: z.string().trim().max(50).default(''),
    extensionReason: z.string().trim().max(500).default(''),
  })
  .strict();
export const decideInput = z
  .object({
    decisionNo: text(60),
    outcome: oneOf(OUTCOMES),
    fineAmount: amount.nullish(),
    confiscatedAmount: amount.nullish(),
    firstViolation: z.boolean().optional(),
    harmMinor: z.boolean().optional(),
    corrected: z.boolean().optional(),
  })
  .strict();
export const serveInput = z.object({ serviceMethod: oneOf(SERVICE_METHODS) }).strict();
export const executeInput = z.object({ executionWay: oneOf(EXECUTION_WAYS) }).strict();
export const archiveInput = z.object({ archiveNo: text(60) }).strict();
export const terminateInput = z.object({ terminationReason: oneOf(TERMINATION_REASONS) }).strict();
export const publishInput = z.object({ publishedAt: optionalText(300) }).strict();
export const withdrawDisclosureInput = z.object({ disclosureWithdrawReason: text(500) }).strict();
export const overturnInput = z
  .object({ disclosureOverturnedOn: date, disclosureOverturnReason: text(500) })
  .strict();
export const exemptInput = z
  .object({
    disclosureExemptReason: oneOf(EXEMPT_REASONS).nullish(),
    disclosureExemptNote: optionalText(1000),
  })
  .strict();
export const fileReviewInput = z
  .object({ fileReviewScore: z.number().int('应为整数'), fileReviewer: text(50) })
  .strict();
export const revokeInput = z.object({ revokeReason: text(200) }).strict();
export const renewInput = z.object({ certNo: text(50).optional(), validUntil: date }).strict();
export const cancelInput = z.object({ cancelReason: text(200) }).strict();
export const reassignInput = z.object({ holderId: id.nullable() }).strict();
export const retireInput = z.object({ retireReason: text(200) }).strict();
