import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles.ts';
import { AppError } from '../errors.ts';
import { type Actor, systemActor } from './actor.ts';
import { type Action, authorize, can, capabilities, policiesFor, rolesAt, scopePaths } from './policy.ts';

// County 1 → townships 2 and 4; village 3 under township 2.
const PATH = { county: '/1/', town: '/1/2/', village: '/1/2/3/', sibling: '/1/4/' };
const RELATIONS = {
  own: PATH.town,
  child: PATH.village,
  parent: PATH.county,
  sibling: PATH.sibling,
} as const;
type Relation = keyof typeof RELATIONS;

function actor(roles: Array<[Role, string]>, over: Partial<Actor> = {}): Actor {
  return {
    userId: 10,
    username: 'zhang',
    displayName: '张三',
    orgId: 2,
    orgPath: PATH.town,
    mustChangePassword: false,
    roles: roles.map(([role, orgPath]) => ({ role, orgPath, orgId: Number(orgPath.split('/').at(-2)) })),
    clientIp: null,
    ...over,
  };
}

/** Which roles may do each scoped action somewhere in their subtree. */
const WHO: Partial<Record<Action, readonly Role[]>> = {
  'org.create': ['sysadmin'],
  'org.update': ['sysadmin'],
  'user.read': ['sysadmin', 'secadmin'],
  'user.create': ['sysadmin'],
  'user.update': ['sysadmin'],
  'user.reset_password': ['sysadmin'],
  'user.unlock': ['sysadmin'],
  'role.read': ['secadmin'],
  'role.assign': ['secadmin'],
  'role.revoke': ['secadmin'],
  'audit.read': ['auditor'],
  'attachment.upload': ['clerk', 'officer', 'mediator', 'advisor', 'leader', 'supervisor'],
  'attachment.read': ['clerk', 'officer', 'mediator', 'advisor', 'leader', 'supervisor'],
  'business.read': ['clerk', 'officer', 'mediator', 'advisor', 'leader', 'supervisor'],
};

describe('policy: role × organisation relation × action', () => {
  const rows: Array<[Role, Relation, Action, boolean]> = [];
  for (const role of ROLES) {
    for (const relation of Object.keys(RELATIONS) as Relation[]) {
      for (const [action, roles] of Object.entries(WHO) as Array<[Action, readonly Role[]]>) {
        const inSubtree = relation === 'own' || relation === 'child';
        rows.push([role, relation, action, roles.includes(role) && inSubtree]);
      }
    }
  }
  it.each(rows)('%s at own township → %s org: %s = %s', (role, relation, action, expected) => {
    const a = actor([[role, PATH.town]]);
    // Another user as target, so the no-self-administration rule does not interfere.
    expect(can(a, action, { orgPath: RELATIONS[relation], userId: 99 })).toBe(expected);
  });

  it.each(ROLES.filter((r) => r !== 'sysadmin').map((r) => [r] as const))(
    '%s reads organisations of its own subtree only',
    (role) => {
      const a = actor([[role, PATH.town]]);
      expect(can(a, 'org.read', { orgPath: PATH.town })).toBe(true);
      expect(can(a, 'org.read', { orgPath: PATH.village })).toBe(true);
      expect(can(a, 'org.read', { orgPath: PATH.county })).toBe(false);
      expect(can(a, 'org.read', { orgPath: PATH.sibling })).toBe(false);
    },
  );

  it('a county supervisor reads every township but a township leader not its sibling', () => {
    const sup = actor([['supervisor', PATH.county]], { orgId: 1, orgPath: PATH.county });
    for (const p of Object.values(PATH)) expect(can(sup, 'business.read', { orgPath: p })).toBe(true);
    const leader = actor([['leader', PATH.town]]);
    expect(can(leader, 'business.read', { orgPath: PATH.sibling })).toBe(false);
  });

  it('checker and calendar are not org-scoped', () => {
    for (const role of ROLES) {
      const a = actor([[role, PATH.town]]);
      expect(can(a, 'calendar.read')).toBe(true);
      expect(can(a, 'calendar.manage')).toBe(role === 'sysadmin');
      expect(can(a, 'checker.use')).toBe(
        ['clerk', 'leader', 'supervisor', 'officer', 'mediator'].includes(role),
      );
    }
  });
});

describe('policy: deny wins', () => {
  it('an administrator never gets business access, even with a business role in the data', () => {
    const mixed = actor([
      ['leader', PATH.town],
      ['auditor', PATH.county],
    ]);
    expect(can(mixed, 'business.read', { orgPath: PATH.town })).toBe(false);
    expect(can(mixed, 'checker.use')).toBe(false);
    expect(scopePaths(mixed, 'business')).toEqual([]);
    expect(rolesAt(mixed, PATH.town).size).toBe(0);
    expect(can(mixed, 'audit.read')).toBe(true);
  });

  it('two administrator roles on one account cancel each other', () => {
    const both = actor([
      ['sysadmin', PATH.county],
      ['secadmin', PATH.county],
    ]);
    expect(can(both, 'user.create', { orgPath: PATH.town })).toBe(false);
    expect(can(both, 'role.assign', { orgPath: PATH.town, userId: 99 })).toBe(false);
    expect(scopePaths(both, 'admin')).toEqual([]);
    expect(capabilities(both)).toEqual(['calendar.read']);
  });

  it('no self-administration: own account, own roles', () => {
    const sys = actor([['sysadmin', PATH.county]]);
    expect(can(sys, 'user.update', { orgPath: PATH.town, userId: 10 })).toBe(false);
    expect(can(sys, 'user.reset_password', { orgPath: PATH.town, userId: 10 })).toBe(false);
    const sec = actor([['secadmin', PATH.county]]);
    expect(can(sec, 'role.assign', { orgPath: PATH.town, userId: 10 })).toBe(false);
    expect(can(sec, 'role.assign', { orgPath: PATH.town, userId: 11 })).toBe(true);
  });

  it('authorize throws 403 FORBIDDEN with a Chinese reason', () => {
    const clerk = actor([['clerk', PATH.town]]);
    try {
      authorize(clerk, 'user.create', { orgPath: PATH.town });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(403);
      expect((err as AppError).code).toBe('FORBIDDEN');
      expect((err as AppError).message).toContain('系统管理员');
    }
    expect(() =>
      authorize(actor([['sysadmin', PATH.town]]), 'user.create', { orgPath: PATH.sibling }),
    ).toThrow(/管辖范围/);
  });
});

describe('policy: scopes, capabilities, per-record policies', () => {
  it('scopePaths per purpose', () => {
    const a = actor([
      ['clerk', PATH.town],
      ['mediator', PATH.village],
      ['leader', PATH.sibling],
    ]);
    expect(scopePaths(a, 'business').sort()).toEqual([PATH.town, PATH.sibling]);
    expect(scopePaths(a, 'admin')).toEqual([]);
    expect(scopePaths(a, 'audit')).toEqual([]);
    const sys = actor([['sysadmin', PATH.county]], { orgPath: PATH.county });
    expect(scopePaths(sys, 'business')).toEqual([]);
    expect(scopePaths(sys, 'admin')).toEqual([PATH.county]);
    expect(scopePaths(sys, 'sysadmin')).toEqual([PATH.county]);
    expect(scopePaths(sys, 'secadmin')).toEqual([]);
    expect(scopePaths(actor([['auditor', PATH.county]]), 'audit')).toEqual([PATH.county]);
    expect(scopePaths(actor([]), 'orgs')).toEqual([PATH.town]);
    expect(scopePaths(systemActor, 'business')).toEqual(['/']);
  });

  it('capabilities follow the roles', () => {
    const caps = (role: Role) => capabilities(actor([[role, PATH.county]]));
    expect(caps('sysadmin')).toEqual(['admin.users', 'admin.orgs', 'calendar.manage', 'calendar.read']);
    expect(caps('secadmin')).toEqual(['admin.roles', 'calendar.read']);
    expect(caps('auditor')).toEqual(['audit.read', 'calendar.read']);
    expect(caps('clerk')).toEqual(['calendar.read', 'checker.use', 'report.write']);
    expect(caps('supervisor')).toEqual(['calendar.read', 'checker.use', 'report.county']);
    expect(caps('advisor')).toEqual(['calendar.read']);
    expect(capabilities(actor([]))).toEqual(['calendar.read']);
  });

  it('policiesFor tells the client what it may do with a record', () => {
    const sys = actor([['sysadmin', PATH.county]], { orgPath: PATH.county });
    expect(policiesFor(sys, 'org', { path: PATH.town })).toEqual({
      read: true,
      update: true,
      createChild: true,
    });
    expect(policiesFor(sys, 'user', { id: 99, orgPath: PATH.town })).toEqual({
      update: true,
      resetPassword: true,
      unlock: true,
      assignRole: false,
    });
    expect(policiesFor(sys, 'user', { id: 10, orgPath: PATH.county }).update).toBe(false);
    const sec = actor([['secadmin', PATH.county]]);
    expect(policiesFor(sec, 'role_assignment', { userId: 99, orgPath: PATH.town })).toEqual({ revoke: true });
    const clerk = actor([['clerk', PATH.town]]);
    expect(policiesFor(clerk, 'attachment', { orgPath: PATH.village })).toEqual({ read: true });
    expect(policiesFor(clerk, 'attachment', { orgPath: PATH.sibling })).toEqual({ read: false });
  });

  it('the system actor administers everything', () => {
    expect(can(systemActor, 'org.create', { orgPath: '/' })).toBe(true);
    expect(can(systemActor, 'role.assign', { orgPath: PATH.town, userId: 5 })).toBe(true);
  });
});

describe('policy: organisation visibility', () => {
  it('the sysadmin sees the whole tree; others their subtrees', () => {
    const sys = actor([['sysadmin', PATH.town]]);
    expect(can(sys, 'org.read', { orgPath: PATH.sibling })).toBe(true);
    expect(policiesFor(sys, 'org', { path: PATH.sibling })).toEqual({
      read: true,
      update: false,
      createChild: false,
    });
    const sec = actor([['secadmin', PATH.town]]);
    expect(can(sec, 'org.read', { orgPath: PATH.sibling })).toBe(false);
  });
});
