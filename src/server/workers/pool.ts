// A small pool of worker threads for the work a single upload can make arbitrarily heavy (reading
// and checking reports). The main thread only posts bytes and receives results, so the event loop
// keeps answering while a file is parsed. Each task has a hard time limit per step (the worker is
// terminated, not asked to stop) and each worker a heap limit; a full queue is refused at once.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export type WorkerFailureKind = 'timeout' | 'memory' | 'crash';

/** How long a worker may take to start a task (load its modules) before its first step. */
const STARTUP_TIMEOUT_MS = 60_000;

/** A task that did not finish: which step it was on, and why. */
export class WorkerFailure extends Error {
  constructor(
    readonly kind: WorkerFailureKind,
    /** The last step the worker announced (a file's index, or a name), null before the first. */
    readonly step: number | string | null,
    detail: string,
  ) {
    super(`worker ${kind} at step ${String(step)}: ${detail}`);
    this.name = 'WorkerFailure';
  }
}

/** The queue is full: the caller answers 503. */
export class PoolBusyError extends Error {
  constructor() {
    super('worker pool queue is full');
    this.name = 'PoolBusyError';
  }
}

/** An error the task itself reported (the worker stays usable). */
export class TaskError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'TaskError';
  }
}

export interface PoolOptions {
  /** The worker's module (a URL to a .js file, or to a .mjs bootstrap that loads TypeScript). */
  entry: URL;
  size?: number;
  /** Tasks waiting for a worker beyond which run() refuses with PoolBusyError. */
  maxQueue?: number;
  /** Heap limit of each worker, MB. */
  maxOldGenerationSizeMb?: number;
  /** An idle worker is stopped after this long, ms. */
  idleMs?: number;
}

export interface RunOptions {
  /** Hard limit for each step, ms: restarted whenever the worker announces a new step. */
  stepTimeoutMs: number;
  /** Let this task wait even when the queue is full (a retry of a task already admitted). */
  admitted?: boolean;
}

type WorkerMessage =
  | { type: 'step'; step: number | string }
  | { type: 'done'; result: unknown }
  | { type: 'error'; message: string; code?: string };

interface Job {
  task: unknown;
  transfer: ArrayBuffer[];
  opts: RunOptions;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  idleTimer: NodeJS.Timeout | null;
}

/** max(1, cores − 1): one core stays with the main thread. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export class WorkerPool {
  readonly size: number;
  readonly maxQueue: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    this.size = opts.size ?? defaultPoolSize();
    this.maxQueue = opts.maxQueue ?? 4 * this.size + 4;
  }

  /** Tasks running and waiting. */
  get load(): { running: number; waiting: number } {
    return { running: [...this.slots].filter((s) => s.busy).length, waiting: this.queue.length };
  }

  run<T>(task: unknown, opts: RunOptions, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new Error('worker pool closed'));
    const idle = [...this.slots].find((s) => !s.busy);
    const canStart = idle !== undefined || this.slots.size < this.size;
    if (!canStart && !opts.admitted && this.queue.length >= this.maxQueue) {
      return Promise.reject(new PoolBusyError());
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, transfer, opts, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('worker pool closed'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => !s.busy);
      if (!slot && this.slots.size < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      this.start(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? 512 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: Slot = { worker, busy: false, idleTimer: null };
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.busy = true;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    const { worker } = slot;
    let step: number | string | null = null;
    let settled = false;
    let timer: NodeJS.Timeout;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new WorkerFailure('timeout', step, 'time limit')), ms);
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    // the worker is discarded: terminated, and replaced on demand
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      cleanup();
      this.slots.delete(slot);
      void worker.terminate();
      job.reject(e);
      this.pump();
    };
    const finish = (ok: boolean, value: unknown) => {
      if (settled) return;
      settled = true;
      cleanup();
      slot.busy = false;
      if (ok) job.resolve(value);
      else job.reject(value as Error);
      this.idle(slot);
      this.pump();
    };
    const onMessage = (m: WorkerMessage) => {
      if (m.type === 'step') {
        step = m.step;
        arm(job.opts.stepTimeoutMs);
      } else if (m.type === 'done') finish(true, m.result);
      else finish(false, new TaskError(m.message, m.code));
    };
    const onError = (e: Error & { code?: string }) => {
      const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(new WorkerFailure(memory ? 'memory' : 'crash', step, e.message));
    };
    const onExit = (code: number) => fail(new WorkerFailure('crash', step, `exited with ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // Until the worker announces its first step it is starting (a new worker loads its modules,
    // slowly on a loaded machine): that time is not the task's, and has its own generous limit.
    arm(STARTUP_TIMEOUT_MS);
    worker.postMessage(job.task, job.transfer);
  }

  private idle(slot: Slot): void {
    slot.idleTimer = setTimeout(() => {
      if (slot.busy) return;
      this.slots.delete(slot);
      void slot.worker.terminate();
    }, this.opts.idleMs ?? 60_000);
    slot.idleTimer.unref();
  }
}
