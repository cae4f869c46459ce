// Password hashing (scrypt from node:crypto, a random salt per password, the parameters encoded in
// the stored string so they can be raised later) and the password policy.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.ts';
import { COMMON_BASE_WORDS, KEYBOARD_SEQUENCES } from './common-passwords.ts';
import { PASSWORD_MESSAGES as M } from './messages.ts';
import { PASSWORD_SETTINGS, type PasswordSettings } from './security-settings.ts';

/** N = 2^15, r = 8, p = 1: about 32 MiB and some tens of milliseconds per hash. */
const DEFAULT_PARAMS = { N: 32768, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function maxmem(p: { N: number; r: number }): number {
  return 128 * p.N * p.r * 2;
}

/** `scrypt$N=32768,r=8,p=1$<salt base64>$<key base64>` */
export async function hashPassword(password: string, params = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { ...params, maxmem: maxmem(params) });
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Compares in constant time. A malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== 'scrypt') return false;
  const m = /^N=(\d+),r=(\d+),p=(\d+)$/.exec(parts[1]);
  if (!m) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // Refuse absurd parameters from a tampered row instead of exhausting memory.
  if (params.N > 2 ** 20 || params.r > 32 || params.p > 16) return false;
  const salt = Buffer.from(parts[2], 'base64');
  const expected = Buffer.from(parts[3], 'base64');
  if (expected.length === 0) return false;
  const key = await scryptAsync(password, salt, expected.length, { ...params, maxmem: maxmem(params) });
  return timingSafeEqual(key, expected);
}

/** A hash of a random password, verified against when the username does not exist, so that the
 * answer takes as long as for a real account. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64'));
  return dummyHash;
}

/** Why the password is refused (Chinese), or null when it meets the policy. */
export function checkPasswordPolicy(
  password: string,
  username: string,
  settings: PasswordSettings = PASSWORD_SETTINGS,
): string | null {
  if ([...password].length < settings.minLength) return M.tooShort(settings.minLength);
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < settings.minClasses) return M.tooFewClasses(settings.minClasses);
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) return M.containsUsername;
  if (isCommonPassword(password)) return M.common;
  return null;
}

const BASE_WORDS = new Set(COMMON_BASE_WORDS);
const WALKS = KEYBOARD_SEQUENCES.flatMap((s) => [s, [...s].reverse().join('')]);

/** How many characters of `p` lie in keyboard walks or sequences of four or more, or repeats. */
function walkedLength(p: string): number {
  const covered = new Array<boolean>(p.length).fill(false);
  for (let i = 0; i < p.length; i++) {
    for (let j = p.length; j >= i + 4; j--) {
      const part = p.slice(i, j);
      if (WALKS.some((w) => w.includes(part)) || /^(.)\1+$/.test(part)) {
        for (let x = i; x < j; x++) covered[x] = true;
        break;
      }
    }
  }
  return covered.filter(Boolean).length;
}

/**
 * A common password: one of the base words with only digits and symbols around it (Password123,
 * Admin@2026!), or mostly keyboard walks and sequences (Qwerty123456, Aa123456789, 1qaz@WSX3edc).
 */
export function isCommonPassword(password: string): boolean {
  const p = password.normalize('NFKC').toLowerCase();
  // a base word with only ASCII digits and symbols around it (a Chinese phrase is no such padding)
  const letters = p.replace(/^[\x20-\x60\x7b-\x7e]+|[\x20-\x60\x7b-\x7e]+$/g, '');
  if (BASE_WORDS.has(letters) && /^[\x20-\x60\x7b-\x7e]*[a-z@0]+[\x20-\x60\x7b-\x7e]*$/.test(p)) return true;
  if (/^[a-z]{1,2}$/.test(p.replace(/[^a-z]/g, '')) && walkedLength(p) >= p.length - 2) return true;
  return walkedLength(p) >= Math.ceil(p.length * 0.7);
}

/** Throws 400 WEAK_PASSWORD when the password does not meet the policy. */
export function assertPasswordPolicy(password: string, username: string): void {
  const problem = checkPasswordPolicy(password, username);
  if (problem) throw new AppError('WEAK_PASSWORD', 400, problem);
}
