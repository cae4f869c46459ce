// The deployment's one secret: FAZHI_SECRET when set, otherwise a random master key generated once
// into `<data dir>/pii.key` (mode 0600). Personal data (pii.ts) and the audit chain's keyed hashes
// (audit.ts) use keys derived from it, so neither key is in the database: whoever can rewrite the
// database cannot forge what these keys seal. The key file belongs in every backup (encrypted with
// the operator's passphrase, see cli/commands/backup.ts).

import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PII_KEY_FILE = 'pii.key';

export interface KeySource {
  /** FAZHI_SECRET (at least 16 characters). */
  secret?: string;
  /** Where pii.key is kept when no secret is configured. */
  dataDir: string;
}

export function masterKey(src: KeySource): Buffer {
  if (src.secret) return Buffer.from(src.secret, 'utf8');
  const file = join(src.dataDir, PII_KEY_FILE);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(src.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx': two processes starting at once must not overwrite each other's fresh key.
  try {
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST')
      return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    throw err;
  }
  chmodSync(file, 0o600);
  return key;
}

/** The key of the audit chain's HMAC-SM3 hashes and checkpoints. */
export function auditKeyFor(src: KeySource): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey(src), 'fazhi-audit', 'hmac-sm3', 32));
}
