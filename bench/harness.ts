// What a benchmark file exports and the small helpers they share. bench/run.ts lists the files.

export interface BenchRow {
  metric: string;
  value: number | string;
  unit?: string;
  note?: string;
}

export interface BenchResult {
  rows: BenchRow[];
  /** How the figures were obtained (data set, sampling), printed under the table. */
  notes?: string[];
}

export interface Bench {
  /** Short kebab-case name, also the filter accepted by `npm run bench -- <name>`. */
  name: string;
  title: string;
  run(): Promise<BenchResult> | BenchResult;
}

export function defineBench(bench: Bench): Bench {
  return bench;
}

/** Runs fn once and returns its value and the wall time in milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/**
 * Like timed, with the CPU time the process spent (user + system, all its threads, garbage
 * collection included) beside the wall time: on a shared machine a single-threaded computation's
 * CPU time does not grow while it waits for a core.
 */
export function timedCpu<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
