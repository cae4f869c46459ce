// The contract test: walks the registry and checks what every ledger manifest promises.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { findIndicator } from '../../shared/indicators.ts';
import { BUSINESS_ROLES, ROLES, type Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import type { LedgerRow } from './contract.ts';
import { actionsOf } from './policy.ts';
import { LEDGERS } from './registry.ts';

const PATH = '/1/2/';
/** A record in the given state, its fields unset. */
const sampleRow = (state: string): LedgerRow => ({
  id: 1,
  orgId: 3,
  state,
  createdAt: '2026-01-05T00:00:00.000Z',
  createdBy: null,
  updatedAt: '2026-01-05T00:00:00.000Z',
});
const actorWith = (role: Role): Actor => ({
  userId: 9,
  username: 'u',
  displayName: '测试',
  orgId: 2,
  orgPath: PATH,
  mustChangePassword: false,
  roles: [{ role, orgId: 2, orgPath: PATH }],
  clientIp: null,
});

describe('ledger contract', () => {
  it('has unique snake_case kinds', () => {
    const kinds = LEDGERS.map((l) => l.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const k of kinds) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  for (const ledger of LEDGERS) {
    describe(ledger.kind, () => {
      for (const rt of ledger.recordTypes) {
        const states = new Set(rt.workflow.states.map((s) => s.id));
        const fieldNames = new Set(rt.fields.map((f) => f.name));

        it(`${rt.type}: every state is reachable from the initial state`, () => {
          expect(states.has(rt.workflow.initial)).toBe(true);
          const seen = new Set([rt.workflow.initial]);
          for (let grew = true; grew; ) {
            grew = false;
            for (const t of rt.workflow.transitions) {
              if (t.to && t.from.some((f) => seen.has(f)) && !seen.has(t.to)) {
                seen.add(t.to);
                grew = true;
              }
            }
          }
          expect([...states].filter((s) => !seen.has(s))).toEqual([]);
        });

        it(`${rt.type}: transitions, deadlines, exports and key fields name what exists`, () => {
          const ids = new Set(rt.workflow.transitions.map((t) => t.id));
          expect(ids.size).toBe(rt.workflow.transitions.length);
          for (const t of rt.workflow.transitions) {
            for (const f of t.from) expect(states.has(f), `${t.id} from ${f}`).toBe(true);
            if (t.to !== null) expect(states.has(t.to), `${t.id} to ${t.to}`).toBe(true);
            for (const f of t.fields ?? []) expect(fieldNames.has(f), `${t.id} sets ${f}`).toBe(true);
            expect(t.label).toMatch(/\p{Script=Han}/u);
          }
          for (const d of rt.workflow.deadlines) {
            expect(d.from.event === 'create' || ids.has(d.from.event), d.id).toBe(true);
            if (d.from.field) expect(fieldNames.has(d.from.field)).toBe(true);
            for (const u of d.until) expect(ids.has(u), `${d.id} until ${u}`).toBe(true);
            expect(d.basis).toMatch(/^《.+》/);
            expect(d.days).toBeGreaterThan(0);
          }
          for (const c of rt.exports) expect(c === 'state' || fieldNames.has(c), c).toBe(true);
          expect(fieldNames.has(rt.titleField)).toBe(true);
          expect(fieldNames.has(rt.dateField)).toBe(true);
          expect(fieldNames.has('orgId')).toBe(true);
        });

        it(`${rt.type}: no portal field is sensitive; enums have Chinese options`, () => {
          for (const f of rt.fields) {
            expect(f.portal && f.sensitive, f.name).toBeFalsy();
            if (f.type === 'enum') expect(f.options?.length, f.name).toBeGreaterThan(0);
            expect(f.label).toMatch(/\p{Script=Han}/u);
          }
        });

        it(`${rt.type}: the portal hook shows declared, non-sensitive fields only`, () => {
          const declared = rt.fields.filter((f) => f.portal).map((f) => f.name);
          if (!rt.portal) {
            // A field offered to the portal is shown through the record type's hook, or not at all.
            expect(declared, 'portal fields without a portal hook').toEqual([]);
            return;
          }
          expect(rt.portal.fields.length).toBeGreaterThan(0);
          expect([...rt.portal.fields].sort()).toEqual([...declared].sort());
          const byName = new Map(rt.fields.map((f) => [f.name, f]));
          for (const name of rt.portal.fields) {
            const f = byName.get(name);
            expect(f, name).toBeDefined();
            expect(f?.sensitive, name).toBeFalsy();
            expect(['person', 'phone', 'idcard', 'user', 'attachment'], name).not.toContain(f?.type);
          }
          expect(typeof rt.portal.isPublic(sampleRow(rt.workflow.initial), '2026-12-03')).toBe('boolean');
        });

        it(`${rt.type}: every action has a policy answer for every role`, () => {
          for (const role of ROLES) {
            const actor = actorWith(role);
            for (const action of actionsOf(rt)) {
              for (const state of [undefined, ...states]) {
                const answer = ledger.policy(actor, action, { orgPath: `${PATH}3/`, state });
                expect(typeof answer, `${role} ${action}`).toBe('boolean');
                // Administrators never touch business data (三员分立).
                if (!BUSINESS_ROLES.includes(role as never)) expect(answer, `${role} ${action}`).toBe(false);
              }
              // Nobody acts on another subtree.
              expect(ledger.policy(actor, action, { orgPath: '/1/9/' }), `${role} ${action} elsewhere`).toBe(
                false,
              );
            }
            for (const t of rt.workflow.transitions) {
              if (ledger.policy(actor, `transition:${t.id}`)) expect(t.roles).toContain(role);
            }
          }
        });
      }

      it('computes only catalogue indicators of its own ledger', () => {
        for (const ind of ledger.indicators) {
          const meta = findIndicator(ind.id);
          expect(meta, ind.id).toBeDefined();
          expect(meta?.ledger).toBe(ledger.kind);
        }
      });
    });
  }
});

describeEachDialect('ledger indicators on an empty database', (ctx) => {
  for (const ledger of LEDGERS) {
    for (const ind of ledger.indicators) {
      it(`${ind.id} runs and counts nothing`, async () => {
        const { k } = ctx().db;
        expect(await ind.compute(k, ['/'], 2025)).toBe(0);
        const drill = await ind.drill(k, ['/'], 2025);
        expect(drill.ids).toEqual([]);
        expect(ledger.recordTypes.some((rt) => rt.type === drill.type)).toBe(true);
        expect(await ind.compute(k, [], 2025)).toBe(0);
      });
    }
  }
});
