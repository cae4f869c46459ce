// Spam defences of the portal's forms, with no third-party service and no JavaScript: a signed,
// time-stamped form token carrying a small arithmetic question in Chinese (the answer is checked
// against the token, so no server state is needed between the page and the post), a minimum fill
// time, a honeypot field people never see, and a per-address counter in the database so that every
// app process shares it. The address itself is never stored, only its keyed hash.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { masterKey } from '../core/keys.ts';
import type { Kdb } from '../db/connect.ts';
import { countInWindow, sweepRateCounters } from '../http/rate-store.ts';

const HOUR_MS = 3_600_000;

import './form-types.ts';

/** Seconds a person needs at least between opening a form and sending it. */
export const MIN_FILL_SECONDS = 5;
/** A form older than this is refused (the page is simply opened again). */
export const MAX_FORM_AGE_SECONDS = 2 * 3600;
/** Posts per address and hour, by form. */
export const RATE_LIMITS = { apply: 6, comment: 10, status: 20 } as const;
export type FormKind = keyof typeof RATE_LIMITS;

export const FIELD_TOKEN = 'formToken';
export const FIELD_ANSWER = 'challengeAnswer';
/** The honeypot: hidden from people (and from assistive technology), filled by form robots. */
export const FIELD_HONEYPOT = 'homepage';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function portalKey(src: { secret?: string; dataDir: string }): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey(src), 'fazhi-portal', 'portal-forms', 32));
}

const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('base64url');

export interface Challenge {
  token: string;
  /** The question as the form asks it (三加五等于几？). */
  question: string;
}

/** A fresh challenge for a form of `kind` about `scope` (the township, the decision). */
export function issueChallenge(key: Buffer, kind: FormKind, scope: string, now: Date): Challenge {
  const a = 1 + (randomBytes(1)[0] % 9);
  const b = 1 + (randomBytes(1)[0] % 9);
  const nonce = randomBytes(6).toString('base64url');
  const body = `${now.getTime()}.${a}.${b}.${nonce}`;
  return {
    token: `${body}.${mac(key, `${kind}|${scope}|${body}`)}`,
    question: `${DIGITS[a]}加${DIGITS[b]}等于几？`,
  };
}

/** The question of a token already issued (the form shown again after an error keeps it). */
export function questionOf(token: string): string | null {
  const parts = token.split('.');
  const a = Number(parts[1]);
  const b = Number(parts[2]);
  return Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 9 && b >= 1 && b <= 9
    ? `${DIGITS[a]}加${DIGITS[b]}等于几？`
    : null;
}

/** An answer typed as 8, ８ or 八 / 十二 / 十. */
export function parseAnswer(raw: string): number | null {
  const s = raw.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d{1,3}$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const d = (c?: string) => (c ? DIGITS.indexOf(c) : 0);
  if (!m[2]) return m[1] && !m[3] ? d(m[1]) : null;
  return (m[1] ? d(m[1]) : 1) * 10 + d(m[3]);
}

export type SpamReason = 'token' | 'expired' | 'too_fast' | 'answer' | 'honeypot' | 'reused';

export const SPAM_MESSAGES: Record<SpamReason, string> = {
  token: '表单已失效，请重新打开本页填写后再提交。',
  expired: '表单打开时间过长，已经失效。您填写的内容已保留，请回答新的验证问题后再次提交。',
  too_fast: '提交过快，请确认填写的内容后再次提交。',
  answer: '验证问题的答案不正确，请重新计算后填写（可以填写阿拉伯数字）。',
  honeypot: '提交未被接受。',
  reused: '该表单已经提交过。如需再次提交，请重新打开本页填写。',
};

/** Null when the post passes the challenge, else why it does not. */
export function checkChallenge(
  key: Buffer,
  kind: FormKind,
  scope: string,
  body: Record<string, string>,
  now: Date,
): SpamReason | null {
  if ((body[FIELD_HONEYPOT] ?? '') !== '') return 'honeypot';
  const token = body[FIELD_TOKEN] ?? '';
  const parts = token.split('.');
  if (parts.length !== 5) return 'token';
  const expected = Buffer.from(mac(key, `${kind}|${scope}|${parts.slice(0, 4).join('.')}`));
  const given = Buffer.from(parts[4]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'token';
  const age = (now.getTime() - Number(parts[0])) / 1000;
  if (!Number.isFinite(age) || age > MAX_FORM_AGE_SECONDS) return 'expired';
  if (age < MIN_FILL_SECONDS) return 'too_fast';
  const answer = parseAnswer(body[FIELD_ANSWER] ?? '');
  return answer === Number(parts[1]) + Number(parts[2]) ? null : 'answer';
}

/**
 * Marks a token that passed its challenge as spent (in the shared counter table, so every process
 * sees it) and says whether it had been spent before: a solved token is good for one post only.
 */
export async function spendToken(k: Kdb, body: Record<string, string>, now: Date): Promise<boolean> {
  const nonce = (body[FIELD_TOKEN] ?? '').split('.')[3] ?? '';
  // kept longer than a form lives, so a spent token never comes back to life
  return (await countPost(k, `once:${nonce}`, now, (MAX_FORM_AGE_SECONDS + 3600) * 1000)) > 1;
}

/** The keyed hash of a client address (the counter's bucket never holds the address itself). */
export function addressBucket(key: Buffer, kind: FormKind, ip: string | null): string {
  return `${kind}:${mac(key, `addr|${ip ?? 'unknown'}`).slice(0, 22)}`;
}

/** Counts one post in the bucket's current hour and returns the count so far (this one included). */
export async function countPost(k: Kdb, bucket: string, now: Date, windowMs = HOUR_MS): Promise<number> {
  const { current } = await countInWindow(k, `portal|${bucket}`, windowMs, now.getTime());
  // a new window: forget the windows that ended long ago
  if (current === 1) await sweepRateCounters(k, now.getTime());
  return current;
}
