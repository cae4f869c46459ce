// Tag colours of workflow states: the initial state, states in progress, and final states.
import type { RecordTypeManifest } from '../../../shared/api/ledgers.ts';

export function stateColour(rt: RecordTypeManifest, state: string): string {
  if (state === rt.initial) return 'blue';
  const def = rt.states.find((s) => s.id === state);
  return def?.final ? 'default' : 'processing';
}
