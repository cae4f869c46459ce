// What each step of a record needs before it is taken (issue 14, item 4): the manifest's guards are
// evaluated against the record as it stands, without performing the step, so that the record's page
// can disable what cannot succeed and list what the user must supply. The server stays the
// authority: the same guards run again when the step is submitted (workflow.ts).
//
// A guard is run with the step's input as the form first offers it (no note, no attachments, date
// fields on today, the step's day today) and a proxy that notes what the guard reads. A refusal
// that read nothing of the input (only the record, the day, other records) cannot be cured in the
// step's form: the step is blocked, with the rule and its article. A refusal that read the input is
// something the form must supply. A guard that read an enum or yes/no field of the step is also run
// with each of its values, so that conditions such as “书面协议须上传协议书” are known beforehand.
import type { Calendar } from '../../shared/calendar/index.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import type {
  FieldDef,
  GuardContext,
  LedgerDef,
  LedgerRow,
  RecordTypeDef,
  TransitionDef,
} from './contract.ts';

/** A condition of a step: the rule in Chinese, its article, and the choice it depends on. */
export interface StepCondition {
  rule: string;
  basis: string;
  /** “协议形式为“书面协议”时” — set when the condition holds only for one choice of the form. */
  when?: string;
}

export interface StepReadiness {
  id: string;
  /** No condition of the record stands in the way (the form may still have to supply `needs`). */
  ready: boolean;
  /** Conditions of the record that refuse the step today; the form cannot cure them. */
  blockers: StepCondition[];
  /** What the step's form must supply (an attachment, a reason, a date within a period …). */
  needs: StepCondition[];
}

interface Probe {
  input: boolean;
  /** The guard read the step's day. */
  dayRead: boolean;
  fieldsRead: Set<string>;
}

type Guard = NonNullable<TransitionDef['guards']>[number];

/** The guard's context as a proxy noting whether the step's input was read, and which fields. */
function probeContext(base: GuardContext, fields: Record<string, unknown>, probe: Probe): GuardContext {
  const fieldProxy = new Proxy(fields, {
    get(target, name) {
      probe.input = true;
      if (typeof name === 'string') probe.fieldsRead.add(name);
      return Reflect.get(target, name);
    },
    has(target, name) {
      probe.input = true;
      if (typeof name === 'string') probe.fieldsRead.add(name);
      return Reflect.has(target, name);
    },
  });
  return new Proxy(base, {
    get(target, name) {
      if (name === 'fields') return fieldProxy;
      if (name === 'attachmentIds' || name === 'note') probe.input = true;
      if (name === 'on') probe.dayRead = true;
      return Reflect.get(target, name);
    },
  });
}

async function runGuard(
  guard: Guard,
  base: GuardContext,
  fields: Record<string, unknown>,
): Promise<{ refusal: { rule: string; basis: string } | null; probe: Probe } | null> {
  const probe: Probe = { input: false, dayRead: false, fieldsRead: new Set() };
  try {
    const refusal = await guard(probeContext(base, fields, probe));
    return { refusal: refusal ? { rule: refusal.rule, basis: refusal.basis } : null, probe };
  } catch {
    // a guard that cannot be judged without a real input is judged on submit
    return null;
  }
}

/**
 * Whether the guard passes on an earlier day than today: one of the record's own dates, in the
 * form's date fields and as the step's day (a period that ran out today is met by a step dated
 * within it; a waiting period that has not ended refuses every earlier day too).
 */
async function passesEarlier(guard: Guard, base: GuardContext, row: LedgerRow): Promise<boolean> {
  const days = new Set<string>();
  for (const v of Object.values(row))
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v < base.on) days.add(v);
  for (const day of days) {
    const fields = Object.fromEntries(Object.keys(base.fields).map((name) => [name, day]));
    const again = await runGuard(guard, { ...base, on: day }, fields);
    if (again && !again.refusal) return true;
  }
  return false;
}

/** The values a choice field of the step may take, with their labels. */
function choicesOf(f: FieldDef): Array<{ value: unknown; label: string }> {
  if (f.type === 'enum') return (f.options ?? []).map((o) => ({ value: o.value, label: o.label }));
  if (f.type === 'bool')
    return [
      { value: true, label: '是' },
      { value: false, label: '否' },
    ];
  return [];
}

/** The readiness of one step for a record, on `today`. */
async function readinessOf(
  k: Kdb,
  actor: Actor,
  rt: RecordTypeDef,
  t: TransitionDef,
  row: LedgerRow,
  today: string,
  calendar: Calendar,
): Promise<StepReadiness> {
  const stepFields = (t.fields ?? [])
    .map((name) => rt.fields.find((f) => f.name === name))
    .filter((f): f is FieldDef => f !== undefined);
  const offered: Record<string, unknown> = {};
  for (const f of stepFields) if (f.type === 'date') offered[f.name] = today;
  const base: GuardContext = {
    actor,
    record: row,
    fields: offered,
    attachmentIds: [],
    note: null,
    on: today,
    // guards only read (officers' certificates, clocks): the connection serves as their transaction
    tx: k as unknown as Tx,
    calendar,
  };
  const blockers: StepCondition[] = [];
  const needs: StepCondition[] = [];
  const seen = new Set<string>();
  const add = (list: StepCondition[], c: StepCondition) => {
    if (seen.has(c.rule)) return;
    seen.add(c.rule);
    list.push(c);
  };
  for (const guard of t.guards ?? []) {
    const first = await runGuard(guard, base, offered);
    if (!first) continue;
    if (first.refusal) {
      // the step's day is chosen in its form too: a step done earlier is recorded on its own day
      const curable = first.probe.input || (first.probe.dayRead && (await passesEarlier(guard, base, row)));
      add(curable ? needs : blockers, first.refusal);
    }
    for (const f of stepFields) {
      if (!first.probe.fieldsRead.has(f.name)) continue;
      for (const choice of choicesOf(f)) {
        const again = await runGuard(guard, base, { ...offered, [f.name]: choice.value });
        if (again?.refusal && again.probe.input)
          add(needs, { ...again.refusal, when: `${f.label}为“${choice.label}”时` });
      }
    }
  }
  return { id: t.id, ready: blockers.length === 0, blockers, needs };
}

/**
 * The steps the actor may take on the record now (its policy and the record's state), each with
 * whether it can succeed today and what it needs.
 */
export async function stepsOf(
  k: Kdb,
  actor: Actor,
  ledger: LedgerDef,
  rt: RecordTypeDef,
  row: LedgerRow,
  orgPath: string,
  today: string,
  calendar: Calendar,
): Promise<StepReadiness[]> {
  const out: StepReadiness[] = [];
  for (const t of rt.workflow.transitions) {
    if (!t.from.includes(row.state)) continue;
    if (!ledger.policy(actor, `transition:${t.id}`, { orgPath, state: row.state })) continue;
    out.push(await readinessOf(k, actor, rt, t, row, today, calendar));
  }
  return out;
}
