// The annual report's draft as stored in a version (content JSON) and sent to the editor: its
// parts, paragraphs and the bindings of stated figures to the ledgers' indicators (draft.ts builds it).
import type { OutlineArea } from '../../shared/indicators.ts';

export type DraftSectionKey = 'measures' | 'shortcomings' | 'leaders' | 'plans' | 'other';

export interface Binding {
  /** Indicator id of src/shared/indicators.ts. */
  id: string;
  value: number;
  unit: string;
  label: string;
  /** Where the statement stands in the paragraph's text: [start, end). */
  start: number;
  end: number;
  /** The records the figure counts (drill-down). */
  records: { type: string; ids: number[] };
}

export type DraftParagraphKind = 'heading1' | 'heading2' | 'body' | 'gap';

export interface DraftParagraph {
  kind: DraftParagraphKind;
  text: string;
  bindings: Binding[];
  /** The 纲要 area a subsection or its paragraph belongs to. */
  area?: OutlineArea;
}

export interface DraftSection {
  key: DraftSectionKey;
  heading: string;
  paragraphs: DraftParagraph[];
}

export interface DraftGap {
  area: OutlineArea;
  label: string;
}

/** A question the draft asks about work the ledgers show, under an instrument newly in force. */
export interface DraftAsk {
  area: OutlineArea;
  /** What is asked about: "行政执法监督", "涉企行政检查", "法治宣传教育法". */
  topic: string;
  /** The instrument, as its official title. */
  basis: string;
}

export interface Draft {
  orgId: number;
  orgName: string;
  /** The issuing authority: "××镇人民政府", "××街道办事处". */
  issuer: string;
  year: number;
  title: string;
  /** 主送机关, with its colon: "清源县人民政府：". */
  recipient: string;
  /** The opening paragraph before section 一. */
  opening: string;
  sections: DraftSection[];
  signoff: { org: string; date: string };
  /** Areas of section 一 with no records: shown to the user to fill. */
  gaps: DraftGap[];
  /**
   * Questions (gap paragraphs) about work the records show, asked from the 2026 report on; absent
   * in versions saved before they existed.
   */
  asks?: DraftAsk[];
  /** Every stated figure: indicator id → value. */
  figures: Record<string, number>;
  /**
   * Every indicator the ledgers computed for the organisation and year when this version was
   * saved (id → value): what the draft-only checker rule compares the text with. Absent in
   * versions saved before it existed; `figures` stands in then.
   */
  ledger?: Record<string, number>;
  /** 版头 (GB/T 9704-2012 7.2); absent in versions saved before it existed, and when not set. */
  header?: DraftHeader;
  /** 版记 (7.4); absent in versions saved before it existed, and when not set. */
  record?: DraftRecord;
}

/** 版头: 发文字号 ("青政发〔2026〕3号"); 签发人 is written in when the version is signed (上行文, 7.2.5). */
export interface DraftHeader {
  number?: string;
  signer?: string;
}

/** 版记: 抄送机关 and 印发机关; 印发日期 ("2026年1月5日") is written in when the version is signed. */
export interface DraftRecord {
  cc?: string[];
  printer?: string;
  printedOn?: string;
}
