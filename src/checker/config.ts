// Deployment configuration of the checker: which rules run, at what severity, with what options.
// Read from `fazhi.config.json` (or the file given with --config):
//   { "rules": { "numbering/gap": "off", "structure/section-order": "info",
//                "structure/section-missing": ["warning", { "required": ["measures", "plans"] }] } }
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { RuleConfig, Severity } from './types.ts';

const Level = z.enum(['off', 'info', 'warning', 'error']);
const RuleSetting = z.union([
  Level,
  z.tuple([Level]),
  z.tuple([Level, z.record(z.string(), z.unknown())]),
  z.object({ severity: Level.optional(), options: z.record(z.string(), z.unknown()).optional() }),
]);

const ConfigFile = z.object({
  rules: z.record(z.string(), RuleSetting).default({}),
  limits: z
    .object({
      maxBytes: z.number().int().positive().optional(),
      timeoutMs: z.number().int().positive().optional(),
    })
    .optional(),
});

export interface CheckerConfig {
  rules: RuleConfig;
  ruleOptions: Record<string, Record<string, unknown>>;
  limits?: { maxBytes?: number; timeoutMs?: number };
}

export class CheckerConfigError extends Error {
  override readonly name = 'CheckerConfigError';
}

export const CONFIG_FILE = 'fazhi.config.json';

/** Parses a configuration object (already JSON-decoded). */
export function parseConfig(value: unknown, source = '配置'): CheckerConfig {
  const parsed = ConfigFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CheckerConfigError(`${source}格式不正确：${issue.path.join('.') || '顶层'} ${issue.message}`);
  }
  const rules: RuleConfig = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const [id, setting] of Object.entries(parsed.data.rules)) {
    let level: z.infer<typeof Level> | undefined;
    let options: Record<string, unknown> | undefined;
    if (typeof setting === 'string') level = setting;
    else if (Array.isArray(setting))
      [level, options] = setting as [z.infer<typeof Level>, Record<string, unknown>?];
    else ({ severity: level, options } = setting);
    if (level) rules[id] = level as Severity | 'off';
    if (options) ruleOptions[id] = options;
  }
  const out: CheckerConfig = { rules, ruleOptions };
  if (parsed.data.limits) out.limits = parsed.data.limits;
  return out;
}

/** Reads a configuration file; a missing default file is no configuration, a missing named file is an error. */
export async function loadConfig(path: string, required = true): Promise<CheckerConfig | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CheckerConfigError(
      `无法读取配置文件“${path}”：${(e as NodeJS.ErrnoException).code ?? '未知原因'}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new CheckerConfigError(`配置文件“${path}”不是有效的 JSON：${(e as Error).message}`);
  }
  return parseConfig(json, `配置文件“${path}”`);
}

/** Merges configurations; later ones win rule by rule. */
export function mergeConfig(...configs: Array<Partial<CheckerConfig> | null | undefined>): CheckerConfig {
  const out: CheckerConfig = { rules: {}, ruleOptions: {} };
  for (const c of configs) {
    if (!c) continue;
    Object.assign(out.rules, c.rules);
    for (const [id, o] of Object.entries(c.ruleOptions ?? {}))
      out.ruleOptions[id] = { ...out.ruleOptions[id], ...o };
    if (c.limits) out.limits = { ...out.limits, ...c.limits };
  }
  return out;
}
