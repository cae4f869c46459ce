// The engine: runs the registered rules over parsed reports, applies the deployment's rule
// configuration, renders the messages, adds the metrics and — for a batch — the cross-report
// findings. A rule that throws becomes an info finding; it never stops the run.
import { type CheckerConfig, CheckerConfigError, mergeConfig } from './config.ts';
import { CheckerInputError } from './errors.ts';
import { expandPaths, type IngestOptions, ingestBuffer, ingestFile } from './ingest/index.ts';
import { extractMetrics } from './metrics/index.ts';
import { rules as registry } from './rules/index.ts';
import { crossReportFindings } from './similarity/index.ts';
import { parseReport } from './structure/index.ts';
import type {
  CheckResult,
  Finding,
  Metric,
  ParsedReport,
  Report,
  Rule,
  RuleConfig,
  Severity,
  SourceDoc,
} from './types.ts';

export interface CheckOptions extends IngestOptions {
  /** Rule id → 'off' or a severity. */
  rules?: RuleConfig;
  /** Rule id → options, validated by the rule's schema. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** A loaded configuration file (merged under `rules`/`ruleOptions`). */
  config?: CheckerConfig | null;
  /** Ledger figures of a township's own draft: enables the draft-only rules. */
  figures?: Record<string, number>;
  /** Extract metrics (default true). */
  metrics?: boolean;
  /** The rules to run (default: the registry). */
  // biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
  registry?: Rule<any>[];
}

export const RULE_ERROR_ID = 'checker/rule-error';
const SEVERITY_ORDER: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Replaces {{name}} placeholders; unknown names are left as written. */
export function renderMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) =>
    params[name] !== undefined ? String(params[name]) : m,
  );
}

interface Resolved {
  // biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Resolves which rules run, at which severity, with which options; bad configuration throws. */
export function resolveRules(opts: CheckOptions = {}): Resolved[] {
  const config = mergeConfig(opts.config, { rules: opts.rules ?? {}, ruleOptions: opts.ruleOptions ?? {} });
  const list = opts.registry ?? registry;
  const known = new Set(list.map((r) => r.meta.id));
  for (const id of [...Object.keys(config.rules), ...Object.keys(config.ruleOptions)]) {
    if (!known.has(id)) throw new CheckerConfigError(`配置中的规则“${id}”不存在，请检查规则编号。`);
  }
  const out: Resolved[] = [];
  for (const rule of list) {
    const level = config.rules[rule.meta.id] ?? rule.meta.severity;
    if (level === 'off') continue;
    let options: Record<string, unknown> = config.ruleOptions[rule.meta.id] ?? {};
    if (rule.meta.options) {
      const parsed = rule.meta.options.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CheckerConfigError(
          `规则“${rule.meta.id}”的选项不正确：${issue.path.join('.') || '选项'} ${issue.message}`,
        );
      }
      options = parsed.data as Record<string, unknown>;
    }
    out.push({ rule, severity: level, options });
  }
  return out;
}

/** Runs the per-report rules over one parsed report. */
export function runRules(
  report: ParsedReport,
  resolved: Resolved[],
  figures?: Record<string, number>,
): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, severity, options } of resolved) {
    if (rule.meta.batchOnly) continue;
    if (rule.meta.draftOnly && !figures) continue;
    const emitted: Report[] = [];
    try {
      rule.check({ report, options, figures, emit: (r) => emitted.push(r) });
      for (const r of emitted) findings.push(toFinding(report, rule, severity, r));
    } catch (e) {
      findings.push(ruleError(rule.meta.id, e));
    }
  }
  return findings;
}

// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
function toFinding(report: ParsedReport, rule: Rule<any>, severity: Severity, r: Report): Finding {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`unknown message id "${r.messageId}"`);
  let at = r.at ?? { line: 1, column: 1 };
  if (r.paragraph !== undefined) {
    const p = report.paragraphs[r.paragraph];
    if (!p) throw new Error(`paragraph ${r.paragraph} out of range`);
    at = p.pos(r.offset ?? 0);
  }
  const finding: Finding = {
    rule: rule.meta.id,
    severity,
    message: renderMessage(template, r.params),
    line: at.line,
    column: at.column,
    excerpt: r.excerpt,
  };
  if (r.data) finding.data = r.data;
  return finding;
}

function ruleError(id: string, e: unknown): Finding {
  const why = e instanceof Error ? e.message : String(e);
  return {
    rule: RULE_ERROR_ID,
    severity: 'info',
    message: `规则“${id}”运行出错，已跳过（${why}）。这是体检程序的问题，不是报告的问题，请向维护人员反馈。`,
    line: 1,
    column: 1,
    excerpt: '',
    data: { rule: id },
  };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
      a.rule.localeCompare(b.rule),
  );
}

function metricsOf(report: ParsedReport, opts: CheckOptions): Metric[] {
  if (opts.metrics === false) return [];
  try {
    return extractMetrics(report);
  } catch {
    return [];
  }
}

function resultOf(report: ParsedReport, findings: Finding[], metrics: Metric[]): CheckResult {
  const result: CheckResult = {
    file: report.source.file,
    title: report.title,
    org: report.org,
    year: report.year,
    sections: report.sections,
    findings: sortFindings(findings),
    metrics,
  };
  if (Object.keys(report.source.meta).length) result.meta = report.source.meta;
  return result;
}

/** Checks one already parsed report. */
export function checkReport(report: ParsedReport, opts: CheckOptions = {}): CheckResult {
  return resultOf(report, runRules(report, resolveRules(opts), opts.figures), metricsOf(report, opts));
}

/** Checks one decoded document. */
export async function checkDocument(source: SourceDoc, opts: CheckOptions = {}): Promise<CheckResult> {
  return checkReport(parseReport(source), opts);
}

/** Checks plain text (a draft typed or pasted in). */
export function checkText(text: string, opts: CheckOptions & { file?: string } = {}): CheckResult {
  return checkReport(parseReport({ file: opts.file ?? '<text>', format: 'txt', text, meta: {} }), opts);
}

/** Checks parsed reports as one batch: each on its own, then passages copied between them. */
export function checkBatch(reports: ParsedReport[], opts: CheckOptions = {}): CheckResult[] {
  const resolved = resolveRules(opts);
  const results = reports.map((r) => resultOf(r, runRules(r, resolved, opts.figures), metricsOf(r, opts)));
  const cross = resolved.find((r) => r.rule.meta.batchOnly);
  if (cross && reports.length > 1) {
    try {
      const found = crossReportFindings(reports, cross.options);
      for (const [i, list] of found) {
        results[i].findings.push(...list.map((f) => ({ ...f, severity: cross.severity })));
        sortFindings(results[i].findings);
      }
    } catch (e) {
      for (const r of results) r.findings.unshift(ruleError(cross.rule.meta.id, e));
    }
  }
  return results;
}

/**
 * Checks files and directories (recursing over supported extensions). A file that cannot be
 * read gives a result with `error` (its Chinese reason) and the others are still checked.
 */
export async function checkFiles(paths: string[], opts: CheckOptions = {}): Promise<CheckResult[]> {
  resolveRules(opts); // bad configuration fails before any file is read
  const files = await expandPaths(paths);
  const limits = limitsOf(opts);
  return checkSources(
    files.map((file) => ({ file, load: () => ingestFile(file, limits) })),
    opts,
  );
}

/**
 * Checks files already in memory (an upload), as one batch, like checkFiles. With `text`, each
 * readable result also carries the decoded original text that its line/column positions refer to.
 */
export async function checkBuffers(
  files: { name: string; bytes: Uint8Array }[],
  opts: CheckOptions & { text?: boolean } = {},
): Promise<Array<CheckResult & { text?: string }>> {
  resolveRules(opts);
  const limits = limitsOf(opts);
  return checkSources(
    files.map(({ name, bytes }) => ({ file: name, load: () => ingestBuffer(name, bytes, limits) })),
    opts,
    opts.text,
  );
}

interface Source {
  file: string;
  load(): Promise<SourceDoc>;
}

/** Ingests and parses each source (an unreadable one becomes an error result), then checks the batch. */
async function checkSources(
  sources: Source[],
  opts: CheckOptions,
  withText = false,
): Promise<Array<CheckResult & { text?: string }>> {
  const parsed: Array<ParsedReport | CheckResult> = [];
  for (const { file, load } of sources) {
    try {
      parsed.push(parseReport(await load()));
    } catch (e) {
      const error =
        e instanceof CheckerInputError ? e.message : `文件“${file}”无法处理：${(e as Error).message}`;
      parsed.push({
        file,
        title: null,
        org: null,
        year: null,
        sections: [],
        findings: [],
        metrics: [],
        error,
      });
    }
  }
  const reports = parsed.filter((p): p is ParsedReport => 'paragraphs' in p);
  const checked: Array<CheckResult & { text?: string }> = checkBatch(reports, opts);
  if (withText) {
    for (const [i, r] of reports.entries()) checked[i].text = r.source.text;
  }
  let k = 0;
  return parsed.map((p) => ('paragraphs' in p ? checked[k++] : p));
}

function limitsOf(opts: CheckOptions): IngestOptions {
  return { ...opts.config?.limits, ...pick(opts) };
}

function pick(opts: CheckOptions): IngestOptions {
  const out: IngestOptions = {};
  if (opts.maxBytes !== undefined) out.maxBytes = opts.maxBytes;
  if (opts.timeoutMs !== undefined) out.timeoutMs = opts.timeoutMs;
  if (opts.zip !== undefined) out.zip = opts.zip;
  return out;
}

/** The exit status of the CLI contract: 2 unusable input, 1 error-level findings, else 0. */
export function exitStatus(results: CheckResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.error)) return 2;
  if (results.some((r) => r.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}
