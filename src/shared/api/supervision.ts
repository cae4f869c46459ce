// 督办通知 as the county view counts them (src/server/ledgers/supervision/views.ts): per township
// organisation, the notices issued in a year, answered by their 办理期限, not answered by it (late
// or still unanswered past the date) and not yet closed.
import { z } from 'zod';

const counts = {
  issued: z.number().int(),
  onTime: z.number().int(),
  overdue: z.number().int(),
  open: z.number().int(),
};

export const supervisionSummary = z.object({
  year: z.number().int(),
  today: z.string(),
  total: z.object(counts),
  items: z.array(z.object({ orgId: z.number().int(), orgName: z.string(), ...counts })),
});
export type SupervisionSummary = z.infer<typeof supervisionSummary>;
