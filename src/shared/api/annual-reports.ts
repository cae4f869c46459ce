// The township's annual report (/api/annual-reports…, docs/annual-report.md).
import { z } from 'zod';
import { finding, metric } from './checks.ts';
import { id } from './common.ts';

export const reportState = z.enum(['drafting', 'reviewing', 'signed', 'submitted', 'published', 'archived']);
export type ReportState = z.infer<typeof reportState>;
/** not_recorded: a year before the first report anyone recorded here (never called overdue). */
export const dateStatus = z.enum(['on_time', 'late', 'pending', 'overdue', 'not_recorded']);
export type DateStatus = z.infer<typeof dateStatus>;
export const draftSectionKey = z.enum(['measures', 'shortcomings', 'leaders', 'plans', 'other']);
export type SectionKey = z.infer<typeof draftSectionKey>;
export const paragraphKind = z.enum(['heading1', 'heading2', 'body', 'gap']);
export type ParagraphKind = z.infer<typeof paragraphKind>;

/** A figure of the draft bound to the ledgers: where it stands in its paragraph, the records it counts. */
export const binding = z.object({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  label: z.string(),
  start: z.number(),
  end: z.number(),
  records: z.object({ type: z.string(), ids: z.array(id) }),
});
export type Binding = z.infer<typeof binding>;

export const draftParagraph = z.object({
  kind: paragraphKind,
  text: z.string(),
  bindings: z.array(binding),
  area: z.string().optional(),
});
export type DraftParagraph = z.infer<typeof draftParagraph>;

export const draftSection = z.object({
  key: draftSectionKey,
  heading: z.string(),
  paragraphs: z.array(draftParagraph),
});
export type DraftSection = z.infer<typeof draftSection>;

const draftGap = z.object({ area: z.string(), label: z.string() });

/** A version's content (stored as JSON, so the optional parts are absent in older versions). */
export const draft = z.object({
  orgId: id,
  orgName: z.string(),
  issuer: z.string(),
  year: z.number(),
  title: z.string(),
  recipient: z.string(),
  opening: z.string(),
  sections: z.array(draftSection),
  signoff: z.object({ org: z.string(), date: z.string() }),
  gaps: z.array(draftGap),
  asks: z.array(z.object({ area: z.string(), topic: z.string(), basis: z.string() })).optional(),
  figures: z.record(z.string(), z.number()),
  ledger: z.record(z.string(), z.number()).optional(),
  /** 版头: 发文字号; 签发人 once signed. */
  header: z.object({ number: z.string().optional(), signer: z.string().optional() }).optional(),
  /** 版记: 抄送机关, 印发机关; 印发日期 once signed. */
  record: z
    .object({
      cc: z.array(z.string()).optional(),
      printer: z.string().optional(),
      printedOn: z.string().optional(),
    })
    .optional(),
});
export type Draft = z.infer<typeof draft>;

/** Where a finding stands in the draft: a section (paragraph -1 = its heading) or a fixed part. */
export const where = z.object({
  section: z.union([draftSectionKey, z.enum(['title', 'recipient', 'opening', 'signoff'])]),
  paragraph: z.number(),
  start: z.number(),
  end: z.number(),
});
export type Where = z.infer<typeof where>;

export const placedFinding = finding.extend({ where });
export type PlacedFinding = z.infer<typeof placedFinding>;

/** One organisation's report of a year: state and the submission and disclosure dates. */
export const reportSummary = z.object({
  orgId: id,
  orgCode: z.string(),
  orgName: z.string(),
  year: z.number(),
  reportId: id.nullable(),
  state: reportState.nullable(),
  stateLabel: z.string(),
  currentVersion: z.number().nullable(),
  submitBy: z.string(),
  publishBy: z.string(),
  submittedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  submission: dateStatus,
  submissionLabel: z.string(),
  publication: dateStatus,
  publicationLabel: z.string(),
  basis: z.object({ submit: z.string(), publish: z.string() }),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const versionRow = z.object({
  version: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
  createdBy: id.nullable(),
  createdByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedBy: id.nullable(),
  signedByName: z.string().nullable(),
});
export type VersionRow = z.infer<typeof versionRow>;

export const reportView = reportSummary.extend({
  version: z.object({
    version: z.number(),
    sha256: z.string(),
    createdAt: z.string(),
    signedAt: z.string().nullable(),
    signedBy: id.nullable(),
    signedByName: z.string().nullable(),
    signed: z.boolean(),
  }),
  approvedVersion: z.number().nullable(),
  draft,
  gaps: z.array(draftGap),
  findings: z.array(placedFinding),
  metrics: z.array(metric),
  versions: z.array(versionRow),
  /** The steps the caller can take now (the state, their roles and the approval allow them). */
  transitions: z.array(z.object({ id: z.string(), label: z.string() })),
  editable: z.boolean(),
  /** While the report is back in drafting after 退回修改: who returned it, when and why. */
  returned: z.object({ by: z.string().nullable(), on: z.string(), reason: z.string() }).nullable(),
});
export type ReportView = z.infer<typeof reportView>;

export const reportList = z.object({ year: z.number(), today: z.string(), items: z.array(reportSummary) });
export type ReportList = z.infer<typeof reportList>;
