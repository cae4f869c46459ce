// The 政府信息公开工作年度报告 as the API sends it (src/server/ledgers/disclosure/views.ts).
import { z } from 'zod';

const triple = z.object({ made: z.number(), repealed: z.number(), valid: z.number() });

export const disclosureReport = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  tables: z.object({
    year: z.number().int(),
    proactive: z.object({
      regulations: triple,
      normative: triple,
      licensing: z.number(),
      penalty: z.number(),
      coercion: z.number(),
      feesTenThousand: z.number(),
    }),
    /** Row key → column (applicant type or total) → count. */
    requests: z.record(z.string(), z.record(z.string(), z.number())),
    review: z.object({
      review: z.array(z.number()),
      direct: z.array(z.number()),
      afterReview: z.array(z.number()),
    }),
    facts: z.object({
      published: z.number(),
      publishedLate: z.number(),
      validityChanged: z.number(),
      headings: z.array(z.object({ heading: z.string(), n: z.number() })),
      answered: z.number(),
      answeredLate: z.number(),
      fees: z.object({ count: z.number(), amount: z.number() }),
    }),
  }),
  text: z.object({
    title: z.string(),
    opening: z.string(),
    overall: z.array(z.string()),
    problems: z.array(z.string()),
    other: z.array(z.string()),
  }),
  errors: z.array(z.string()),
  /** 上年结转 checked against last year's report (or figures entered by hand). */
  carryover: z.object({
    source: z.enum(['report', 'manual', 'none']),
    lastYear: z.record(z.string(), z.number()).nullable(),
    note: z.string(),
    errors: z.array(z.string()),
  }),
  due: z.object({ submitBy: z.string(), publishBy: z.string(), basis: z.string() }),
  /** The report's workflow (签发 → 报送 → 公开), null before it is opened. */
  workflow: z
    .object({
      state: z.string(),
      stateLabel: z.string(),
      submitBy: z.string(),
      publishBy: z.string(),
      submittedOn: z.string().nullable(),
      publishedOn: z.string().nullable(),
      currentVersion: z.number().int(),
      publishedVersion: z.number().int().nullable(),
      versions: z.array(
        z.object({ version: z.number().int(), signedOn: z.string(), signedByName: z.string().nullable() }),
      ),
      /** The steps the caller may take now. */
      steps: z.array(z.object({ id: z.enum(['sign', 'submit', 'publish']), label: z.string() })),
    })
    .nullable(),
  /** The rows of table 三 in order, with their labels. */
  rows: z.array(z.object({ key: z.string(), label: z.string(), group: z.string().optional() })),
});
export type DisclosureReportView = z.infer<typeof disclosureReport>;
