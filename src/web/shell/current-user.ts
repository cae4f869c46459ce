import { useMe } from '../data/queries.ts';
import type { Me } from '../data/types.ts';

/** The signed-in user; only for components rendered inside AuthGate, which waits for it. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside AuthGate');
  return data.user;
}
