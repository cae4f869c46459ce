// The normative_doc table (行政规范性文件台账), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface NormativeDocTable extends RecordColumns {
  title: string;
  draftedOn: string;
  draftingUnit: string;
  drafter: string | null;
  businessRelated: Flag | null;
  summary: string | null;
  commentFrom: string | null;
  commentUntil: string | null;
  commentChannel: string | null;
  commentShortReason: string | null;
  commentCount: number | null;
  commentAdoption: string | null;
  submittedOn: string | null;
  reviewBody: string | null;
  reviewConclusion: string | null;
  reviewOpinion: string | null;
  reviewedOn: string | null;
  reviewer: string | null;
  fairConclusion: string | null;
  fairOpinion: string | null;
  fairReviewedOn: string | null;
  meeting: string | null;
  deliberatedOn: string | null;
  deliberationResult: string | null;
  docPrefix: string | null;
  docYear: number | null;
  docSeq: number | null;
  docNumber: string | null;
  registeredOn: string | null;
  publishedOn: string | null;
  publishChannel: string | null;
  effectiveOn: string | null;
  validUntil: string | null;
  filedOn: string | null;
  filedWith: string | null;
  filingNo: string | null;
  cleanedOn: string | null;
  cleanResult: string | null;
  cleanReason: string | null;
  abandonReason: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    normativeDoc: NormativeDocTable;
  }
}

export type NormativeDoc = Selectable<NormativeDocTable>;
