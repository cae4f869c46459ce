// The policy every ledger builds on: pure functions of the actor, the ledger's access table and
// its workflow. A ledger may wrap it with stricter rules of its own (deny wins).
import { isAdminRole, type Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import { rolesAt } from '../core/policy.ts';
import type { LedgerAction, LedgerDef, PolicyRecord, RecordTypeDef } from './contract.ts';

/** Removes duplicates and paths inside another path of the list. */
function normalise(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const p of sorted) if (!out.some((q) => p.startsWith(q))) out.push(p);
  return out;
}

function holdsAdminRole(actor: Actor): boolean {
  return actor.roles.some((r) => isAdminRole(r.role));
}

/** The subtrees where the actor holds one of `roles` (none at all for an administrator: 三员分立). */
export function pathsWithRoles(actor: Actor, roles: readonly Role[]): string[] {
  if (actor.system) return ['/'];
  if (holdsAdminRole(actor)) return [];
  return normalise(actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.orgPath));
}

/** Where the actor may read the ledger's records (the SQL scope of its lists). */
export function readPaths(actor: Actor, ledger: Pick<LedgerDef, 'access'>): string[] {
  return pathsWithRoles(actor, ledger.access.read);
}

/** Where the actor reads every record of the ledger (not only those assigned to it: `access.own`):
 * the scope of figures about the ledger (indicators). */
export function fullReadPaths(actor: Actor, ledger: Pick<LedgerDef, 'access'>): string[] {
  const own = ledger.access.own ?? [];
  return pathsWithRoles(
    actor,
    ledger.access.read.filter((r) => !own.includes(r)),
  );
}

/** The business roles the actor holds over a record's organisation, or anywhere without a record. */
function rolesFor(actor: Actor, record?: PolicyRecord): Set<Role> {
  if (holdsAdminRole(actor)) return new Set();
  if (record) return rolesAt(actor, record.orgPath);
  return new Set(actor.roles.filter((r) => !isAdminRole(r.role)).map((r) => r.role));
}

const meets = (held: Set<Role>, allowed: readonly Role[]) => allowed.some((r) => held.has(r));

/**
 * The default ledger policy: read/export for `access.read`, create/update/import for
 * `access.write` (updates only while the record is not in a final state), reveal for
 * `access.reveal`, and each transition for its roles that may also write, from its states.
 */
export function defaultPolicy(
  access: LedgerDef['access'],
  recordTypes: readonly RecordTypeDef[],
): (actor: Actor, action: LedgerAction, record?: PolicyRecord) => boolean {
  return (actor, action, record) => {
    if (actor.system) return true;
    const held = rolesFor(actor, record);
    if (held.size === 0) return false;
    switch (action) {
      case 'read':
      case 'export':
        return meets(held, access.read);
      case 'create':
      case 'import':
        return meets(held, access.write);
      case 'update': {
        if (!meets(held, access.write)) return false;
        if (record?.state === undefined) return true;
        const final = recordTypes.some((rt) =>
          rt.workflow.states.some((s) => s.id === record.state && s.final === true),
        );
        return !final;
      }
      case 'reveal':
        return meets(held, access.reveal);
      default: {
        const id = action.slice('transition:'.length);
        const t = recordTypes.flatMap((rt) => rt.workflow.transitions).find((x) => x.id === id);
        if (!t) return false;
        if (!meets(held, t.roles) || !meets(held, access.write)) return false;
        return record?.state === undefined || t.from.includes(record.state);
      }
    }
  };
}

/** Every action a record type knows, for `policies` maps and the contract test. */
export function actionsOf(rt: RecordTypeDef): LedgerAction[] {
  return [
    'read',
    'create',
    'update',
    'reveal',
    'import',
    'export',
    ...rt.workflow.transitions.map((t) => `transition:${t.id}` as const),
  ];
}
