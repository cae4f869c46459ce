// Every text a client sends is cleaned before validation (issue 12 item 8): NUL and the other
// control characters (tab and line breaks kept) and the bidirectional controls, which make a title
// read differently from what it is stored as (“协议\u202Efdp.exe”), are stripped from every string of
// a JSON body and of the query. Passwords are left as typed (they are hashed, never shown).
import type { FastifyInstance } from 'fastify';

const UNSAFE_TEXT_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNTOUCHED_KEYS = new Set(['password', 'oldPassword', 'newPassword']);

/** The value with unsafe characters stripped from every string in it (keys included). */
export function cleanText<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replace(UNSAFE_TEXT_CHARS, '') as T;
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => cleanText(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[cleanText(k)] = UNTOUCHED_KEYS.has(k) ? v : cleanText(v, depth + 1);
  }
  return out as T;
}

export function registerInputCleaning(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body))
      req.body = cleanText(req.body);
    if (req.query && typeof req.query === 'object') req.query = cleanText(req.query);
  });
}
