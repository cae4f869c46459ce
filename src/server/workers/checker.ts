// The checker, run off the main thread: POST /api/checks and the county's external reports send
// their files to a pool of worker threads (checker-worker.ts). A file that overruns the time or
// memory limit stops its worker and becomes that file's own Chinese error; the other files of the
// batch are checked again without it.

import { inputErrors } from '../../checker/errors.ts';
import { type CheckResult, DEFAULT_TIMEOUT_MS } from '../../checker/index.ts';
import { AppError } from '../errors.ts';
import {
  BATCH_FAILED_MESSAGE,
  BUSY_MESSAGE,
  type CheckTask,
  type ExternalTask,
  memoryMessage,
  type UploadFile,
  unprocessableMessage,
} from './checker-protocol.ts';
import { PoolBusyError, TaskError, WorkerFailure, WorkerPool } from './pool.ts';

/** Heap limit of a checker worker. */
export const CHECK_WORKER_MEMORY_MB = 384;
/** The worker is stopped this long after the checker's own time limit would have answered. */
const GRACE_MS = 2_000;

/** From source (tsx) in a checkout and in tests, the compiled module in dist/. */
function workerEntry(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './checker-worker.dev.mjs' : './checker-worker.js', import.meta.url);
}

let pool: WorkerPool | null = null;

export function checkerPool(): WorkerPool {
  pool ??= new WorkerPool({ entry: workerEntry(), maxOldGenerationSizeMb: CHECK_WORKER_MEMORY_MB });
  return pool;
}

/** Stops the workers (server shutdown, tests). */
export async function closeCheckerPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}

const busy = () => new AppError('CHECKER_BUSY', 503, BUSY_MESSAGE);

/** Why a worker stopped on `file`, in Chinese. */
function failureMessage(f: WorkerFailure, file: string, timeoutMs: number): string {
  if (f.kind === 'timeout') return inputErrors.timeout(file, timeoutMs).message;
  if (f.kind === 'memory') return memoryMessage(file, CHECK_WORKER_MEMORY_MB);
  return unprocessableMessage(file);
}

function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
}

export interface CheckUploadOptions {
  maxBytes: number;
  timeoutMs?: number;
  /** How long past `timeoutMs` the worker is given before it is stopped (default 2 s). */
  graceMs?: number;
  text?: boolean;
}

/**
 * Checks uploaded files as one batch, in a worker. The result of each file is in the order given;
 * a file that stops its worker gets an error result, and the batch is run again without it.
 */
export async function checkUploads(
  files: UploadFile[],
  opts: CheckUploadOptions,
): Promise<Array<CheckResult & { text?: string }>> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const stepTimeoutMs = timeoutMs + (opts.graceMs ?? GRACE_MS);
  const failed = new Map<number, string>();
  let admitted = false;
  for (;;) {
    const pending = files.map((_, i) => i).filter((i) => !failed.has(i));
    if (pending.length === 0) return files.map((f, i) => errorResult(f.name, failed.get(i) ?? ''));
    const sent = pending.map((i) => ({ name: files[i].name, bytes: copy(files[i].bytes) }));
    const task: CheckTask = {
      kind: 'check',
      files: sent,
      text: Boolean(opts.text),
      maxBytes: opts.maxBytes,
      timeoutMs,
    };
    try {
      const results = await checkerPool().run<Array<CheckResult & { text?: string }>>(
        task,
        { stepTimeoutMs, admitted },
        sent.map((f) => f.bytes.buffer as ArrayBuffer),
      );
      let k = 0;
      return files.map((f, i) => {
        const why = failed.get(i);
        return why === undefined ? results[k++] : errorResult(f.name, why);
      });
    } catch (e) {
      if (e instanceof PoolBusyError) throw busy();
      if (!(e instanceof WorkerFailure)) throw e;
      if (typeof e.step !== 'number') throw new AppError('CHECK_TOO_LARGE', 422, BATCH_FAILED_MESSAGE);
      const i = pending[e.step];
      failed.set(i, failureMessage(e, files[i].name, timeoutMs));
      admitted = true;
    }
  }
}

function errorResult(file: string, error: string): CheckResult {
  return { file, title: null, org: null, year: null, sections: [], findings: [], metrics: [], error };
}

/** Why a single file could not be checked: its Chinese message (the caller wraps it). */
export class UncheckableError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'UncheckableError';
  }
}

/** Reads and checks one file in a worker: its format, decoded text and check result. */
export async function checkOneUpload(
  file: UploadFile,
  opts: { maxBytes: number; timeoutMs?: number },
): Promise<{ format: string; text: string; result: CheckResult }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sent = { name: file.name, bytes: copy(file.bytes) };
  const task: ExternalTask = { kind: 'external', file: sent, maxBytes: opts.maxBytes, timeoutMs };
  try {
    return await checkerPool().run(task, { stepTimeoutMs: timeoutMs + GRACE_MS }, [
      sent.bytes.buffer as ArrayBuffer,
    ]);
  } catch (e) {
    if (e instanceof PoolBusyError) throw busy();
    if (e instanceof WorkerFailure)
      throw new UncheckableError(failureMessage(e, file.name, timeoutMs), e.kind);
    if (e instanceof TaskError) throw new UncheckableError(e.message, e.code ?? 'UNREADABLE');
    throw e;
  }
}
