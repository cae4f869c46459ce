// Factories for database tests: a small org tree and users with roles, created through the real
// commands (so every row also has its audit event), acting as the system.

import { type Actor, loadActor, systemActor } from '../src/server/core/actor.ts';
import { createOrg, type OrgView } from '../src/server/core/orgs.ts';
import { hashPassword } from '../src/server/core/passwords.ts';
import { assignRole } from '../src/server/core/roles.ts';
import { createUser } from '../src/server/core/users.ts';
import type { Kdb, Tx } from '../src/server/db/connect.ts';
import type { Role } from '../src/shared/roles.ts';

export const TEST_PASSWORD = 'Ceshi#2026pass';
// Hashed once per test process: scrypt is deliberately slow and most tests only need some user.
let testHash: Promise<string> | null = null;
function testPasswordHash(): Promise<string> {
  testHash ??= hashPassword(TEST_PASSWORD);
  return testHash;
}

let counter = 0;
/** A code unique within the test process. */
export function uniqueCode(prefix = 'T'): string {
  counter += 1;
  return `${prefix}${process.pid}x${counter}`;
}

export function inTx<T>(k: Kdb, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return k.transaction().execute(fn);
}

export interface Tree {
  county: OrgView;
  town: OrgView;
  village: OrgView;
  sibling: OrgView;
}

/** county → town → village, and a sibling township of town. */
export async function makeTree(k: Kdb, name = '测试'): Promise<Tree> {
  return inTx(k, async (tx) => {
    const county = await createOrg(tx, systemActor, {
      parentId: null,
      code: uniqueCode('C'),
      name: `${name}县${counter}`,
      kind: 'county',
    });
    const town = await createOrg(tx, systemActor, {
      parentId: county.id,
      code: uniqueCode('T'),
      name: `${name}镇`,
      kind: 'township',
    });
    const village = await createOrg(tx, systemActor, {
      parentId: town.id,
      code: uniqueCode('V'),
      name: `${name}村`,
      kind: 'village',
    });
    const sibling = await createOrg(tx, systemActor, {
      parentId: county.id,
      code: uniqueCode('S'),
      name: `${name}乡`,
      kind: 'township',
    });
    return { county, town, village, sibling };
  });
}

/** A user of `orgId` with the given roles (each at `orgId` unless given), and its actor. */
export async function makeUser(
  k: Kdb,
  orgId: number,
  roles: Array<Role | [Role, number]> = [],
  opts: { username?: string; displayName?: string; mustChangePassword?: boolean; password?: string } = {},
): Promise<{ id: number; username: string; actor: Actor }> {
  const username = opts.username ?? `u${uniqueCode('').toLowerCase()}`;
  const passwordHash = opts.password ? undefined : await testPasswordHash();
  const id = await inTx(k, async (tx) => {
    const u = await createUser(
      tx,
      systemActor,
      {
        username,
        displayName: opts.displayName ?? '测试用户',
        orgId,
        password: opts.password ?? TEST_PASSWORD,
      },
      { mustChangePassword: opts.mustChangePassword ?? false, passwordHash },
    );
    for (const r of roles) {
      const [role, at] = Array.isArray(r) ? r : [r, orgId];
      await assignRole(tx, systemActor, { userId: u.id, role, orgId: at });
    }
    return u.id;
  });
  const actor = await loadActor(k, id, '127.0.0.1');
  if (!actor) throw new Error('user not loaded');
  return { id, username, actor };
}
