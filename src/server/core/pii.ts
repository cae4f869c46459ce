// Personal information (个人信息保护法 第51条: 采取相应的加密、去标识化等安全技术措施): ID-card and
// phone numbers are encrypted at rest with SM4 (GB/T 32907-2016) through Node's crypto, names and
// numbers are masked wherever a list shows them, and revealing a value is a permission of its own
// whose every use is audited (by the caller, in its transaction).
//
// Node ships sm4-cbc but no authenticated SM4 mode, so a value is SM4-CBC encrypted with a random IV
// and authenticated with HMAC-SM3 over the version, IV and ciphertext (encrypt-then-MAC). The two
// keys are derived from one master key: FAZHI_SECRET when set, otherwise a random key generated once
// into `<data dir>/pii.key` (mode 0600). Losing that file loses the encrypted values; it belongs in
// every backup, kept apart from the database dump.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { type KeySource, masterKey } from './keys.ts';

export { PII_KEY_FILE } from './keys.ts';
/** Where the personal-data key comes from (FAZHI_SECRET or the data dir's key file). */
export type PiiKeySource = KeySource;

const PREFIX = 'sm4v1';

export interface Pii {
  encrypt(plain: string): string;
  /** Throws when the value was not produced with this key or was altered. */
  decrypt(stored: string): string;
  isEncrypted(value: string): boolean;
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, 'fazhi-pii', info, 16));
}

export function createPii(src: PiiKeySource): Pii {
  const master = masterKey(src);
  const encKey = derive(master, 'sm4-cbc');
  const macKey = derive(master, 'hmac-sm3');
  const mac = (iv: Buffer, ct: Buffer) =>
    createHmac('sm3', macKey).update(PREFIX).update(iv).update(ct).digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(16);
      const c = createCipheriv('sm4-cbc', encKey, iv);
      const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return [PREFIX, iv.toString('base64'), ct.toString('base64'), mac(iv, ct).toString('base64')].join(':');
    },
    decrypt(stored) {
      const [prefix, ivB, ctB, macB] = stored.split(':');
      if (prefix !== PREFIX || !ivB || !ctB || !macB) throw new Error('not an encrypted value');
      const iv = Buffer.from(ivB, 'base64');
      const ct = Buffer.from(ctB, 'base64');
      const expected = mac(iv, ct);
      const given = Buffer.from(macB, 'base64');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new Error('encrypted value altered or written with another key');
      }
      const d = createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([d.update(ct), d.final()]).toString('utf8');
    },
    isEncrypted(value) {
      return value.startsWith(`${PREFIX}:`);
    },
  };
}

const cache = new Map<string, Pii>();

/** One Pii per key source for the life of the process (the key file is read once). */
export function piiFor(src: PiiKeySource): Pii {
  const id = `${src.secret ?? ''}\u0000${src.dataDir}`;
  let p = cache.get(id);
  if (!p) {
    p = createPii(src);
    cache.set(id, p);
  }
  return p;
}

/** 张三 → 张*, 张三明 → 张*明, 欧阳小明 → 欧**明. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 13812341234 → 138****1234; shorter numbers keep their last 4 characters. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length >= 11) return `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
  if (p.length > 4) return `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
  return '*'.repeat(p.length);
}

/** 510104199001011234 → 5101**********1234. */
export function maskIdCard(id: string): string {
  const v = id.trim();
  if (v.length <= 8) return '*'.repeat(v.length);
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
}
