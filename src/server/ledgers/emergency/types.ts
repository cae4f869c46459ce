// Tables of the emergency ledger (突发事件应对), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface EmergencyPlanTable extends RecordColumns {
  name: string;
  planType: string;
  category: string | null;
  draftedOn: string;
  drafter: string | null;
  summary: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  docNumber: string | null;
  publishedOn: string | null;
  disclosed: Flag | null;
  filedOn: string | null;
  lastRevisedOn: string | null;
  revisionReason: string | null;
  revisionScope: string | null;
  lastEvaluatedOn: string | null;
  evaluationConclusion: string | null;
  nextReviewDue: string | null;
  abolishedOn: string | null;
  abolishReason: string | null;
}

export interface EmergencyDrillTable extends RecordColumns {
  title: string;
  heldOn: string;
  planName: string | null;
  form: string;
  category: string | null;
  participants: number;
  location: string | null;
  evaluated: Flag | null;
  findings: string | null;
  improvements: string | null;
  note: string | null;
}

export interface EmergencyEventTable extends RecordColumns {
  title: string;
  occurredOn: string;
  occurredTime: string;
  category: string;
  level: string | null;
  location: string | null;
  description: string | null;
  measures: string;
  deaths: number | null;
  injuries: number | null;
  affected: number | null;
  loss: number | null;
  reportedOn: string | null;
  reportedTime: string | null;
  reportedTo: string | null;
  reportMinutes: number | null;
  reportTimely: Flag | null;
  lateReason: string | null;
  endedOn: string | null;
  evaluatedOn: string | null;
  evaluationSummary: string | null;
  improvements: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    emergencyPlan: EmergencyPlanTable;
    emergencyDrill: EmergencyDrillTable;
    emergencyEvent: EmergencyEventTable;
  }
}

export type EmergencyPlan = Selectable<EmergencyPlanTable>;
export type EmergencyDrill = Selectable<EmergencyDrillTable>;
export type EmergencyEvent = Selectable<EmergencyEventTable>;
