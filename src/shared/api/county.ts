// The county's view of its townships' reports (/api/annual-reports/county…, docs/annual-report.md).
import { z } from 'zod';
import { dateStatus, reportSummary } from './annual-reports.ts';
import { finding, metric, sectionRef, sharedPassage } from './checks.ts';
import { id } from './common.ts';

export { type DateStatus, dateStatus } from './annual-reports.ts';

export const reportSource = z.enum(['fazhi', 'external']);
export type ReportSource = z.infer<typeof reportSource>;

export const severityCounts = z.object({ error: z.number(), warning: z.number(), info: z.number() });
export type SeverityCounts = z.infer<typeof severityCounts>;

export const countyItem = reportSummary.extend({
  /** A report state, 'external' for an uploaded report, null without a report. */
  state: z.string().nullable(),
  submission: dateStatus,
  publication: dateStatus,
  source: reportSource.nullable(),
  version: z.number().nullable(),
  signed: z.boolean(),
  title: z.string().nullable(),
  findings: severityCounts.nullable(),
  external: z
    .object({
      id,
      fileName: z.string(),
      sha256: z.string(),
      attachmentId: id.nullable(),
      uploadedAt: z.string(),
    })
    .nullable(),
});
export type CountyItem = z.infer<typeof countyItem>;

export const indicatorCell = z.object({
  /** The figure the report states (checker metrics), null when it states none. */
  stated: z.number().nullable(),
  quote: z.string().nullable(),
  /** The ledger's figure (roll-up), null for an external report or an indicator no ledger computes. */
  ledger: z.number().nullable(),
  differs: z.boolean(),
});
export type IndicatorCell = z.infer<typeof indicatorCell>;

export const indicatorRow = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  kind: z.enum(['count', 'rate', 'amount']),
  area: z.string(),
  cells: z.array(indicatorCell),
  /** County totals of counts and amounts (a rate has none). */
  total: z.object({ stated: z.number().nullable(), ledger: z.number().nullable() }),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;

export const countyView = z.object({
  year: z.number(),
  today: z.string(),
  items: z.array(countyItem),
  columns: z.array(z.object({ orgId: id, orgName: z.string(), source: reportSource.nullable() })),
  indicators: z.array(indicatorRow),
  totals: z.object({
    townships: z.number(),
    withReport: z.number(),
    submittedOnTime: z.number(),
    submittedLate: z.number(),
    submissionOverdue: z.number(),
    submissionPending: z.number(),
    publishedOnTime: z.number(),
    publishedLate: z.number(),
    errors: z.number(),
    warnings: z.number(),
  }),
});
export type CountyView = z.infer<typeof countyView>;

export const countyFindings = z.object({
  orgId: id,
  orgName: z.string(),
  year: z.number(),
  source: reportSource,
  version: z.number().nullable(),
  signed: z.boolean(),
  title: z.string().nullable(),
  counts: severityCounts,
  findings: z.array(finding),
});
export type CountyFindings = z.infer<typeof countyFindings>;

const pairSide = z.object({
  orgId: id,
  orgName: z.string(),
  source: reportSource,
  title: z.string().nullable(),
});

export const countyPair = z.object({
  a: pairSide,
  b: pairSide,
  jaccard: z.number(),
  shareA: z.number(),
  shareB: z.number(),
  passages: z.array(sharedPassage),
});
export type CountyPair = z.infer<typeof countyPair>;
export const countyCopying = z.object({ year: z.number(), reports: z.number(), pairs: z.array(countyPair) });
export type CountyCopying = z.infer<typeof countyCopying>;

/** An external report uploaded (201) or replaced (200), with its check. */
export const uploadResult = z.object({
  id,
  orgId: id,
  orgName: z.string(),
  year: z.number(),
  replaced: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  attachmentId: id,
  submittedOn: z.string(),
  publishedOn: z.string().nullable(),
  title: z.string().nullable(),
  sections: z.array(sectionRef),
  counts: severityCounts,
  findings: z.array(finding),
  metrics: z.array(metric),
});
export type UploadResult = z.infer<typeof uploadResult>;
