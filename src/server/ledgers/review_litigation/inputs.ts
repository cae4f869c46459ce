// zod inputs of the reconsideration and litigation ledger, with Chinese messages.
import { z } from 'zod';
import { date, oneOf, optionalText, recordInputs } from '../inputs.ts';
import { CASE_FIELDS } from './fields.ts';
import { ABSENCE_REASONS, COURT_OUTCOMES, REVIEW_MESSAGES as M, REVIEW_OUTCOMES } from './labels.ts';

const base = recordInputs(CASE_FIELDS, {
  orgId: z.number({ message: '请选择被申请人（被告）' }).int().positive(),
});

type Claimant = { claimantKind?: string | null; claimantName?: string | null; claimantOrg?: string | null };

// A natural person is named (sensitive, masked); an organisation by its name. Checked when the kind is
// given (always on create; on update when it changes).
const natural = (v: Claimant) => v.claimantKind !== 'natural' || Boolean(v.claimantName);
const organisation = (v: Claimant) => v.claimantKind !== 'organisation' || Boolean(v.claimantOrg);

export const caseInputs = {
  shape: base.shape,
  create: base.create
    .refine(natural, { message: M.claimantName, path: ['claimantName'] })
    .refine(organisation, { message: M.claimantOrg, path: ['claimantOrg'] }),
  update: base.update
    .refine(natural, { message: M.claimantName, path: ['claimantName'] })
    .refine(organisation, { message: M.claimantOrg, path: ['claimantOrg'] }),
};

export const answerInput = z.object({}).strict();

export const hearingInput = z
  .object({
    hearingOn: date,
    leaderAppeared: z.boolean({ message: '请选择负责人是否出庭应诉（参加听证）' }),
    leaderName: optionalText(50),
    leaderPost: optionalText(50),
    absenceReason: oneOf(ABSENCE_REASONS).nullish(),
    delegateName: optionalText(100),
  })
  .strict();

export const closeInput = z
  .object({
    decidedOn: date,
    reviewOutcome: oneOf(REVIEW_OUTCOMES).nullish(),
    courtOutcome: oneOf(COURT_OUTCOMES).nullish(),
    outcomeNote: optionalText(2000),
  })
  .strict();
