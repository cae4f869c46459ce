// The worker side of the checker pool (see checker.ts): ingests, parses and checks the files it
// is sent, announcing each step so that the main thread's time limit names the file it stopped on.
import { parentPort } from 'node:worker_threads';
import {
  CheckerInputError,
  type CheckResult,
  checkBatch,
  checkReport,
  ingestBuffer,
  type ParsedReport,
  parseReport,
  rules,
  type Severity,
  type SourceDoc,
} from '../../checker/index.ts';
import {
  type CheckTask,
  type ExternalTask,
  MAX_TEXT_CHARS,
  type TaskInput,
  tooMuchTextMessage,
  unprocessableMessage,
} from './checker-protocol.ts';

if (!parentPort) throw new Error('checker-worker runs in a worker thread');
const port = parentPort;
const step = (s: number | string) => port.postMessage({ type: 'step', step: s });

async function ingest(name: string, bytes: Uint8Array, t: CheckTask | ExternalTask): Promise<SourceDoc> {
  const doc = await ingestBuffer(name, bytes, {
    maxBytes: t.maxBytes,
    timeoutMs: t.timeoutMs,
    // a Word document's text is estimated while it is inflated, before anything is parsed
    zip: { maxTextChars: MAX_TEXT_CHARS },
  });
  if (doc.text.length > MAX_TEXT_CHARS)
    throw new CheckerInputError('TOO_LARGE', name, tooMuchTextMessage(name, doc.text.length));
  return doc;
}

const errorResult = (file: string, error: string): CheckResult => ({
  file,
  title: null,
  org: null,
  year: null,
  sections: [],
  findings: [],
  metrics: [],
  error,
});

function reason(file: string, e: unknown): string {
  if (e instanceof CheckerInputError) return e.message;
  if (e instanceof RangeError) return unprocessableMessage(file);
  return `文件“${file}”无法处理：${(e as Error).message}`;
}

const CROSS_REPORT = rules.filter((r) => r.meta.batchOnly);
const SEVERITY_ORDER: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * As the engine's checkBuffers, in steps the main thread can time: each file is read, parsed and
 * checked by the per-report rules in its own step (an unreadable file becomes an error result and
 * the batch goes on); then the copying between the reports is found in a last step.
 */
async function check(t: CheckTask): Promise<Array<CheckResult & { text?: string }>> {
  const out: Array<CheckResult & { text?: string }> = [];
  const reports: ParsedReport[] = [];
  const checked: number[] = [];
  for (const [i, f] of t.files.entries()) {
    step(i);
    try {
      const report = parseReport(await ingest(f.name, f.bytes, t));
      const result: CheckResult & { text?: string } = checkReport(report);
      if (t.text) result.text = report.source.text;
      out.push(result);
      reports.push(report);
      checked.push(i);
    } catch (e) {
      out.push(errorResult(f.name, reason(f.name, e)));
    }
  }
  if (reports.length > 1 && CROSS_REPORT.length > 0) {
    step('batch');
    const cross = checkBatch(reports, { registry: CROSS_REPORT, metrics: false });
    for (const [k, i] of checked.entries()) {
      if (cross[k].findings.length === 0) continue;
      out[i].findings.push(...cross[k].findings);
      out[i].findings.sort(
        (a, b) =>
          a.line - b.line ||
          a.column - b.column ||
          SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
          a.rule.localeCompare(b.rule),
      );
    }
  }
  return out;
}

async function external(t: ExternalTask) {
  step(0);
  const source = await ingest(t.file.name, t.file.bytes, t);
  step('check');
  const result = checkReport(parseReport(source));
  return { format: source.format, text: source.text, result };
}

port.on('message', async (t: TaskInput) => {
  try {
    const result = t.kind === 'check' ? await check(t) : await external(t);
    port.postMessage({ type: 'done', result });
  } catch (e) {
    const code = e instanceof CheckerInputError ? e.code : undefined;
    const file = t.kind === 'external' ? t.file.name : '';
    port.postMessage({ type: 'error', message: reason(file, e), code });
  }
});
