// The tables of the decisions ledger (重大行政决策), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface DecisionCatalogueTable extends RecordColumns {
  title: string;
  year: number;
  compiledOn: string;
  itemCount: number;
  items: string;
  approvedOn: string | null;
  approvalMeeting: string | null;
  publishedOn: string | null;
  publishChannel: string | null;
}

export interface DecisionTable extends RecordColumns {
  title: string;
  startedOn: string;
  category: string;
  inCatalogue: Flag | null;
  sponsor: string;
  summary: string | null;
  commentFrom: string | null;
  commentDays: number | null;
  commentUntil: string | null;
  commentChannel: string | null;
  commentShortReason: string | null;
  participationSummary: string | null;
  participationSkipReason: string | null;
  expertOn: string | null;
  expertOpinion: string | null;
  expertSkipReason: string | null;
  riskOn: string | null;
  riskLevel: string | null;
  riskOpinion: string | null;
  riskSkipReason: string | null;
  reviewSentOn: string | null;
  reviewDays: number | null;
  reviewShortReason: string | null;
  reviewConclusion: string | null;
  reviewOpinion: string | null;
  reviewedOn: string | null;
  reviewer: string | null;
  decidedOn: string | null;
  meetingKind: string | null;
  meetingMinutes: string | null;
  publishedOn: string | null;
  publishChannel: string | null;
  publishSkipReason: string | null;
  evaluatedOn: string | null;
  evaluationSummary: string | null;
  terminatedOn: string | null;
  terminationReason: string | null;
}

export interface DecisionCommentTable extends RecordColumns {
  topic: string;
  decisionId: number;
  receivedOn: string;
  channel: string;
  commenterName: string | null;
  /** SM4-encrypted. */
  commenterPhone: string | null;
  content: string;
  rejectReason: string | null;
  moderationNote: string | null;
  adoption: string | null;
  replyText: string | null;
  repliedOn: string | null;
  replyPublishedOn: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    decisionCatalogue: DecisionCatalogueTable;
    decision: DecisionTable;
    decisionComment: DecisionCommentTable;
  }
}

export type Decision = Selectable<DecisionTable>;
