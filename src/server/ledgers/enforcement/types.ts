// Tables of the enforcement ledger (行政执法), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

/** 行政执法人员 and their 执法证. */
export interface EnforcementOfficerTable extends RecordColumns {
  name: string;
  certNo: string;
  field: string;
  issuedOn: string;
  validUntil: string;
  /** The account of the officer, when the officer uses the workbench. */
  userId: number | null;
  revokedOn: string | null;
  revokeReason: string | null;
}

/** 行政执法事项清单. */
export interface EnforcementItemTable extends RecordColumns {
  name: string;
  code: string | null;
  category: string;
  source: string;
  legalBasis: string;
  /** The department that delegated or entrusted the power (赋权/委托). */
  department: string | null;
  listedOn: string;
  cancelledOn: string | null;
  cancelReason: string | null;
}

/** 执法装备 (执法记录仪 …). */
export interface EnforcementEquipmentTable extends RecordColumns {
  kind: string;
  assetNo: string;
  model: string | null;
  holderId: number | null;
  acquiredOn: string;
  retiredOn: string | null;
  retireReason: string | null;
}

/** 行政处罚案件. */
export interface EnforcementCaseTable extends RecordColumns {
  caseNo: string;
  title: string;
  filedOn: string;
  source: string;
  itemId: number | null;
  isMajor: Flag;
  leadOfficerId: number | null;
  secondOfficerId: number | null;
  partyType: string;
  partyName: string;
  /** SM4-encrypted. */
  partyIdcard: string | null;
  /** SM4-encrypted. */
  partyPhone: string | null;
  partyCreditCode: string | null;
  facts: string | null;
  noticeOn: string | null;
  hearingOffered: Flag | null;
  hearingRequestedOn: string | null;
  hearingNoticeOn: string | null;
  hearingOn: string | null;
  legalReviewer: string | null;
  legalReviewerId: number | null;
  legalReviewOpinion: string | null;
  legalReviewNote: string | null;
  legalReviewedOn: string | null;
  discussedOn: string | null;
  discussionNote: string | null;
  extendedOn: string | null;
  extensionApprover: string | null;
  extensionReason: string | null;
  decisionNo: string | null;
  decidedOn: string | null;
  outcome: string | null;
  fineAmount: number | null;
  confiscatedAmount: number | null;
  firstViolation: Flag | null;
  harmMinor: Flag | null;
  corrected: Flag | null;
  /** The decision day when it is a 行政处罚 decision (starts the 7-working-day disclosure clock). */
  penaltyDecisionOn: string | null;
  /** The decision day when it is another decision (不予处罚, 首违不罚: the 20-working-day clock). */
  otherDecisionOn: string | null;
  servedOn: string | null;
  serviceMethod: string | null;
  executedOn: string | null;
  executionWay: string | null;
  closedOn: string | null;
  archivedOn: string | null;
  archiveNo: string | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  publishedOn: string | null;
  publishedAt: string | null;
  disclosureWithdrawnOn: string | null;
  disclosureOverturnedOn: string | null;
  disclosureOverturnReason: string | null;
  disclosureWithdrawReason: string | null;
  disclosureExemptReason: string | null;
  disclosureExemptNote: string | null;
  fileReviewScore: number | null;
  fileReviewGrade: string | null;
  fileReviewer: string | null;
  fileReviewedOn: string | null;
}

/** 行政检查 (涉企检查 when the inspected party is an enterprise). */
export interface EnforcementInspectionTable extends RecordColumns {
  enterpriseName: string;
  creditCode: string | null;
  inspectedOn: string;
  kind: string;
  itemId: number | null;
  leadOfficerId: number | null;
  secondOfficerId: number | null;
  result: string;
  findings: string | null;
  rectifiedOn: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    enforcementOfficer: EnforcementOfficerTable;
    enforcementItem: EnforcementItemTable;
    enforcementEquipment: EnforcementEquipmentTable;
    enforcementCase: EnforcementCaseTable;
    enforcementInspection: EnforcementInspectionTable;
  }
}

export type EnforcementCase = Selectable<EnforcementCaseTable>;
export type EnforcementOfficer = Selectable<EnforcementOfficerTable>;
