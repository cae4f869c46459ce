// Tables of the study ledger (学法考法), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { RecordColumns } from '../columns.ts';

export interface StudySessionTable extends RecordColumns {
  topic: string;
  heldOn: string;
  kind: string;
  speaker: string | null;
  attendees: number;
  hours: number | null;
  laws: string | null;
  note: string | null;
}

export interface StudyExamTable extends RecordColumns {
  title: string;
  heldOn: string;
  form: string;
  takers: number;
  passed: number;
  note: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    studySession: StudySessionTable;
    studyExam: StudyExamTable;
  }
}

export type StudySession = Selectable<StudySessionTable>;
export type StudyExam = Selectable<StudyExamTable>;
