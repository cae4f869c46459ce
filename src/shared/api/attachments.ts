// POST /api/attachments (docs/api.md, "Attachments").
import { z } from 'zod';
import { id } from './common.ts';

export const attachment = z.object({
  id,
  sha256: z.string(),
  sm3: z.string(),
  size: z.number(),
  mime: z.string(),
  name: z.string(),
  orgId: id,
});
export type Attachment = z.infer<typeof attachment>;
