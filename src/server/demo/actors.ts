// The demo township's account of a role, as the actor its seeded steps run as.
import { type Actor, loadActor } from '../core/actor.ts';
import type { Tx } from '../db/connect.ts';

export async function demoActor(
  tx: Tx,
  userIds: ReadonlyMap<string, number>,
  township: string,
  role: 'clerk' | 'leader',
  what: string,
): Promise<Actor> {
  const id = userIds.get(`${township}.${role}`);
  const actor = id === undefined ? null : await loadActor(tx, id, null);
  if (!actor) throw new Error(`${what}: no account ${township}.${role}`);
  return actor;
}
