// A local SMTP server for tests, run as its own process (test/fixtures/smtp-sink.mjs): the port it
// listens on, and every message it receives.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

export async function startSink(): Promise<{
  proc: ChildProcess;
  port: number;
  mails: Mail[];
  next: (n: number) => Promise<Mail[]>;
}> {
  const proc = spawn(process.execPath, ['test/fixtures/smtp-sink.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const mails: Mail[] = [];
  const waiters: Array<() => void> = [];
  let resolvePort: (p: number) => void = () => {};
  const portP = new Promise<number>((r) => {
    resolvePort = r;
  });
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    const msg = JSON.parse(line);
    if (typeof msg.port === 'number') resolvePort(msg.port);
    else {
      mails.push(msg);
      for (const w of waiters.splice(0)) w();
    }
  });
  const port = await portP;
  let seen = 0;
  /** The next `n` messages received (waits for them). */
  const next = async (n: number) => {
    while (mails.length < seen + n) await new Promise<void>((r) => waiters.push(r));
    const out = mails.slice(seen, seen + n);
    seen += n;
    return out;
  };
  return { proc, port, mails, next };
}
