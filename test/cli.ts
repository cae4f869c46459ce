// Runs `fazhi` commands in-process against a test database, capturing their output and exit code.
import { Command } from 'commander';
import { vi } from 'vitest';
import { register as attachments } from '../src/cli/commands/attachments.ts';
import { register as audit } from '../src/cli/commands/audit.ts';
import { register as backup } from '../src/cli/commands/backup.ts';
import { register as demo } from '../src/cli/commands/demo.ts';
import { register as digest } from '../src/cli/commands/digest.ts';
import { register as migrate } from '../src/cli/commands/migrate.ts';
import { register as org } from '../src/cli/commands/org.ts';
import { register as portal } from '../src/cli/commands/portal.ts';
import { register as restore } from '../src/cli/commands/restore.ts';
import { register as user } from '../src/cli/commands/user.ts';
import type { TestDb } from './db.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(
  t: Pick<TestDb, 'dataDir' | 'target'>,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const saved = { ...process.env };
  process.env.FAZHI_DATA_DIR = t.dataDir;
  if (t.target.dialect === 'postgres') process.env.DATABASE_URL = t.target.url;
  else delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  process.exitCode = undefined;
  try {
    const program = new Command('fazhi').exitOverride();
    for (const register of [migrate, demo, org, user, audit, backup, restore, portal, digest, attachments])
      register(program);
    await program.parseAsync(['node', 'fazhi', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
    process.env = saved;
  }
}
