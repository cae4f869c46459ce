// Configuration from the environment, parsed once by zod.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseS3Url, type S3Location } from './core/blob-store-s3.ts';
import type { DbTarget } from './db/connect.ts';

const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', ''])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  FAZHI_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须是 postgres:// 开头的 PostgreSQL 连接串')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FAZHI_DEMO: flag.optional(),
  FAZHI_SECRET: z.string().min(16, 'FAZHI_SECRET 至少 16 个字符').optional(),
  FAZHI_TRUST_PROXY: flag.optional(),
  FAZHI_PG_NAMED_STATEMENTS: flag.optional(),
  FAZHI_MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  FAZHI_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).default(10),
  FAZHI_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'FAZHI_PUBLIC_URL 必须是 http:// 或 https:// 开头的网址' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FAZHI_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'FAZHI_TODAY 必须是 YYYY-MM-DD 格式的日期')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FAZHI_PORTAL_CHECK_MINUTES: z.coerce.number().int().min(0).default(60),
  FAZHI_SITE_CODE: z.string().trim().max(40).optional(),
  FAZHI_ICP: z.string().trim().max(60).optional(),
  FAZHI_RESET_CODE_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  FAZHI_PDF_CONVERSIONS: z.coerce.number().int().min(1).max(16).default(2),
  FAZHI_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'FAZHI_SMTP_URL 必须是 smtp:// 或 smtps:// 开头的地址')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FAZHI_MAIL_FROM: z.string().trim().max(200).optional(),
  FAZHI_S3_URL: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) return undefined;
      try {
        return parseS3Url(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `FAZHI_S3_URL ${(e as Error).message}` });
        return z.NEVER;
      }
    })
    .optional(),
  FAZHI_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  db: DbTarget;
  demo: boolean;
  /** With `demo`, also load the ledgers' demo records (tests turn this off for speed). */
  demoLedgers: boolean;
  maxUploadBytes: number;
  logLevel: string;
  /** Secret for SM4 field encryption and token derivation; generated into the data dir when absent. */
  secret?: string;
  /** Cookies marked Secure (behind HTTPS). */
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Login attempts per client address per minute, on top of the per-account lockout. */
  loginRatePerMinute: number;
  /** The public address of the portal (FAZHI_PUBLIC_URL), used for its QR codes and canonical links. */
  publicUrl?: string;
  /** How often a checkpoint of the audit chain is written while events are written (0: only at start and stop). */
  auditCheckpointMinutes: number;
  /** How often the portal's content self-check runs, in minutes (FAZHI_PORTAL_CHECK_MINUTES; 0: never). */
  portalCheckMinutes: number;
  /** 网站标识码 (FAZHI_SITE_CODE) and ICP备案号 (FAZHI_ICP), shown in the portal's footer when set. */
  siteCode?: string;
  icp?: string;
  /** How long a one-time password-reset code works, in hours (FAZHI_RESET_CODE_HOURS, 1–168). */
  resetCodeHours: number;
  /** LibreOffice conversions at once in this process (FAZHI_PDF_CONVERSIONS; per host: divide among processes). */
  pdfConversions: number;
  /** The daily e-mail digest (notifications/digest.ts): sent only when `smtpUrl` is set
   * (FAZHI_SMTP_URL, smtp://user:pass@host:port or smtps://…), from `mailFrom` (FAZHI_MAIL_FROM), once
   * a day from `digestHour` o'clock China time (FAZHI_DIGEST_HOUR, default 8). */
  smtpUrl?: string;
  mailFrom?: string;
  digestHour: number;
  /** Attachments in an S3-compatible bucket (FAZHI_S3_URL,
   * https://ACCESS:SECRET@host:port/bucket/prefix?region=…[&style=virtual]), on either database; the database
   * (PostgreSQL) or the data directory (SQLite) otherwise (core/blob-store.ts). */
  s3?: S3Location;
  /** Pins "today" (FAZHI_TODAY, China date) for tests and training copies; the wall clock otherwise. */
  today?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量配置有误：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.FAZHI_DATA_DIR);
  const db: DbTarget = e.DATABASE_URL
    ? { dialect: 'postgres', url: e.DATABASE_URL, namedStatements: e.FAZHI_PG_NAMED_STATEMENTS ?? true }
    : { dialect: 'sqlite', file: resolve(dataDir, 'fazhi.sqlite') };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    db,
    demo: e.FAZHI_DEMO ?? false,
    demoLedgers: true,
    maxUploadBytes: Math.round(e.FAZHI_MAX_UPLOAD_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    secret: e.FAZHI_SECRET,
    secureCookies: e.NODE_ENV === 'production',
    loginRatePerMinute: 20,
    trustProxy: e.FAZHI_TRUST_PROXY ?? false,
    publicUrl: e.FAZHI_PUBLIC_URL?.replace(/\/+$/, ''),
    today: e.FAZHI_TODAY,
    auditCheckpointMinutes: e.FAZHI_AUDIT_CHECKPOINT_MINUTES,
    portalCheckMinutes: e.FAZHI_PORTAL_CHECK_MINUTES,
    siteCode: e.FAZHI_SITE_CODE || undefined,
    icp: e.FAZHI_ICP || undefined,
    resetCodeHours: e.FAZHI_RESET_CODE_HOURS,
    pdfConversions: e.FAZHI_PDF_CONVERSIONS,
    smtpUrl: e.FAZHI_SMTP_URL,
    mailFrom: e.FAZHI_MAIL_FROM || undefined,
    digestHour: e.FAZHI_DIGEST_HOUR,
    s3: e.FAZHI_S3_URL,
    ...overrides,
  };
}
