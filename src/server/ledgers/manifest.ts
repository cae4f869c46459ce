// The manifest a client receives (GET /api/ledgers): each ledger readable by the actor, its record
// types with their fields, states, transitions (with the fields each requires) and clocks, without
// the manifest's functions, and what the actor may do.
import { z } from 'zod';
import { ROLE_LABELS } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import type { LedgerDef, TransitionDef } from './contract.ts';
import { readsType } from './store.ts';

/**
 * The fields a transition cannot go without: those of its zod input that refuse `undefined`
 * (neither optional, nullish nor defaulted). Inputs that are not plain objects declare none.
 */
function requiredFields(t: TransitionDef): string[] {
  if (!(t.input instanceof z.ZodObject)) return [];
  const shape = t.input.shape as Record<string, z.ZodType>;
  return (t.fields ?? []).filter((name) => {
    const schema = shape[name];
    return schema !== undefined && !schema.safeParse(undefined).success;
  });
}

/** A manifest without its functions, with what the caller may do. */
export function manifestOf(actor: Actor, ledger: LedgerDef) {
  return {
    kind: ledger.kind,
    label: ledger.label,
    actions: {
      create: ledger.policy(actor, 'create'),
      import: ledger.policy(actor, 'import'),
      export: ledger.policy(actor, 'export'),
      reveal: ledger.policy(actor, 'reveal'),
    },
    indicators: ledger.indicators.map((i) => i.id),
    recordTypes: ledger.recordTypes
      .filter((rt) => readsType(actor, ledger, rt))
      .map((rt) => ({
        type: rt.type,
        label: rt.label,
        titleField: rt.titleField,
        dateField: rt.dateField,
        // an option is its value and label only (a manifest may keep more on it for the server)
        fields: rt.fields.map((f) => ({
          ...f,
          options: f.options?.map(({ value, label }) => ({ value, label })),
        })),
        states: rt.workflow.states,
        initial: rt.workflow.initial,
        transitions: rt.workflow.transitions.map((t) => ({
          id: t.id,
          label: t.label,
          from: t.from,
          to: t.to,
          roles: t.roles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
          fields: t.fields ?? [],
          required: requiredFields(t),
          basis: t.basis ?? null,
          allowed: ledger.policy(actor, `transition:${t.id}`),
        })),
        deadlines: rt.workflow.deadlines.map((d) => ({
          id: d.id,
          label: d.label,
          days: d.days,
          unit: d.unit,
          basis: d.basis,
          warnDays: d.warnDays,
        })),
        exports: rt.exports,
      })),
  };
}
