// Tables of the publicity ledger (普法宣传), extending the Database interface of db/types.ts.
import type { Generated, Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface PublicityActivityTable extends RecordColumns {
  title: string;
  heldOn: string;
  kind: string;
  venue: string;
  keyDate: string | null;
  themeConstitution: Generated<Flag>;
  themeCivilCode: Generated<Flag>;
  themeNationalSecurity: Generated<Flag>;
  themeAntiDrug: Generated<Flag>;
  themeAntiFraud: Generated<Flag>;
  themeMinors: Generated<Flag>;
  themeConsumer: Generated<Flag>;
  themeSafety: Generated<Flag>;
  otherTheme: string | null;
  organiser: string | null;
  audience: number | null;
  materials: number | null;
  banners: number | null;
  onlinePosts: number | null;
  consultations: number | null;
  note: string | null;
}

export interface LegalLiaisonTable extends RecordColumns {
  name: string;
  /** SM4-encrypted. */
  phone: string | null;
  role: string;
  appointedOn: string;
  trainedOn: string | null;
  leftOn: string | null;
  leftReason: string | null;
}

export interface PublicityDutyTable extends RecordColumns {
  unit: string;
  listedOn: string;
  laws: string;
  duties: string;
  targets: string | null;
  measures: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    publicityActivity: PublicityActivityTable;
    legalLiaison: LegalLiaisonTable;
    publicityDuty: PublicityDutyTable;
  }
}

export type PublicityActivity = Selectable<PublicityActivityTable>;
export type LegalLiaison = Selectable<LegalLiaisonTable>;
export type PublicityDuty = Selectable<PublicityDutyTable>;
