// GET /api/auth/me and POST /api/auth/login (docs/api.md, "Auth").
import { z } from 'zod';
import { id } from './common.ts';

export const me = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  orgId: id,
  orgName: z.string(),
  orgPath: z.string(),
  mustChangePassword: z.boolean(),
  roles: z.array(z.object({ role: z.string(), orgId: id, orgName: z.string() })),
  capabilities: z.array(z.string()),
});
export type Me = z.infer<typeof me>;

/** `today` is the server's China date (its one clock), so the web app never reads the browser's. */
export const meResponse = z.object({ user: me, csrfToken: z.string(), today: z.string() });
export type MeResponse = z.infer<typeof meResponse>;
