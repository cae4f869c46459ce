// The supervision ledger's policy, pure: only a supervisor *above* a notice's organisation issues,
// closes or returns it — one holding the role at the township itself does not (a township cannot
// close its own notice); the township's clerk and leader reply, the county does not; nobody edits,
// imports or reveals; administrators nothing.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles.ts';
import type { Actor } from '../../core/actor.ts';
import { supervisionLedger as ledger } from './index.ts';

const COUNTY = '/1/2/';
const TOWN = '/1/2/3/';
const actor = (role: Role, orgPath: string): Actor => ({
  userId: 1,
  username: role,
  displayName: role,
  orgId: 3,
  orgPath,
  mustChangePassword: false,
  roles: [{ role, orgId: 3, orgPath }],
  clientIp: null,
});
const at = (state?: string) => ({ orgPath: TOWN, state });

describe('supervision policy', () => {
  it('lets the county supervisor issue, close and return, never at its own level', () => {
    const county = actor('supervisor', COUNTY);
    expect(ledger.policy(county, 'create')).toBe(true);
    expect(ledger.policy(county, 'create', at())).toBe(true);
    expect(ledger.policy(county, 'create', { orgPath: COUNTY })).toBe(false);
    expect(ledger.policy(county, 'transition:close', at('replied'))).toBe(true);
    expect(ledger.policy(county, 'transition:return', at('replied'))).toBe(true);
    expect(ledger.policy(county, 'transition:close', at('issued'))).toBe(false);
    expect(ledger.policy(county, 'transition:reply', at('issued'))).toBe(false);
    expect(ledger.policy(county, 'update', at('issued'))).toBe(false);
    expect(ledger.policy(county, 'read', at('issued'))).toBe(true);
  });

  it('lets the township reply only; a supervisor held at the township closes nothing of its own', () => {
    for (const role of ['clerk', 'leader'] as const) {
      const town = actor(role, TOWN);
      expect(ledger.policy(town, 'transition:reply', at('issued'))).toBe(true);
      expect(ledger.policy(town, 'transition:reply', at('returned'))).toBe(true);
      expect(ledger.policy(town, 'transition:reply', at('closed'))).toBe(false);
      expect(ledger.policy(town, 'transition:close', at('replied'))).toBe(false);
      expect(ledger.policy(town, 'create', at())).toBe(false);
    }
    const own = actor('supervisor', TOWN);
    expect(ledger.policy(own, 'transition:close', at('replied'))).toBe(false);
    expect(ledger.policy(own, 'create', at())).toBe(false);
    expect(ledger.policy(actor('officer', TOWN), 'read', at())).toBe(false);
    expect(ledger.policy(actor('auditor', COUNTY), 'read', at())).toBe(false);
  });
});
