// Types of the law knowledge base: the laws, regulations, Party regulations, central documents
// and ministry rules that township and county governments cite in their rule-of-law reports.
//
// Dates are ISO 8601 strings, at the precision that is known for certain: "2021-01-22",
// "2019-05" or "2016". A date that is not known for certain is left out rather than guessed.

export type LawKind =
  | 'law' // 法律 (全国人大及其常委会), incl. the Constitution
  | 'administrative_regulation' // 行政法规 (国务院令)
  | 'party_regulation' // 党内法规, incl. those issued jointly with the State Council
  | 'central_document' // 中共中央、国务院及其办公厅、中央全面依法治国委员会的规范性文件和规划
  | 'state_council_document' // 国务院及国务院办公厅文件 (国发、国办发)
  | 'ministry_rule' // 部门规章
  | 'ministry_document' // 部门规范性文件和规划
  | 'judicial_interpretation' // 司法解释
  | 'local'; // 地方性法规、地方政府规章

export interface Revision {
  kind: 'amendment' | 'revision'; // 修正 | 修订
  /** Date the amending act was adopted or promulgated. */
  adopted?: string;
  /** Date the amended text took effect, when it differs from `adopted`. */
  effective?: string;
}

export interface LawEntry {
  /** Stable ASCII id, kebab-case. */
  id: string;
  /** The official full title, exactly as promulgated (full-width brackets, 一字线 in year ranges). */
  name: string;
  /**
   * Short and colloquial names used in reports. The name without the leading "中华人民共和国" is
   * derived automatically and need not be listed.
   */
  shortNames: string[];
  kind: LawKind;
  issuer: string;
  /** 发文字号 or 令号, e.g. "国办发〔2018〕118号", "国务院令第713号". */
  docNumber?: string;
  /** Date adopted, promulgated or issued. */
  adopted?: string;
  /** Date the original text took effect. */
  effective?: string;
  /** Amendments (修正) and revisions (修订), oldest first. */
  revisions?: Revision[];
  /** Date it ceased to have effect because it was repealed (废止). */
  repealed?: string;
  /**
   * Date from which a higher-ranking instrument governs the same matter although no formal repeal
   * is recorded here (e.g. a State Council regulation overtaken by a law).
   */
  supersededOn?: string;
  /** Id of the entry that replaced it. */
  replacedBy?: string;
  /** First and last year of a plan or programme (规划、纲要). */
  period?: readonly [number, number];
  /** Why an entry is the way it is, in Chinese. */
  note?: string;
  /** Where the title and dates can be checked. */
  source: string;
}
