// Tables of the study ledger (学法考法), extending the Database interface of db/types.ts.
import type { Generated, Selectable } from 'kysely';

export interface StudySessionTable {
  id: Generated<number>;
  orgId: number;
  state: string;
  topic: string;
  heldOn: string;
  kind: string;
  speaker: string | null;
  attendees: number;
  hours: number | null;
  laws: string | null;
  note: string | null;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

export interface StudyExamTable {
  id: Generated<number>;
  orgId: number;
  state: string;
  title: string;
  heldOn: string;
  form: string;
  takers: number;
  passed: number;
  note: string | null;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

declare module '../../db/types.ts' {
  interface Database {
    studySession: StudySessionTable;
    studyExam: StudyExamTable;
  }
}

export type StudySession = Selectable<StudySessionTable>;
export type StudyExam = Selectable<StudyExamTable>;
