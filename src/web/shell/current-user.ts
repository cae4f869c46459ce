import type { Me } from '../../shared/api/auth.ts';
import { useMe } from '../data/queries.ts';

/** The signed-in user; only for components rendered inside AuthGate, which waits for it. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside AuthGate');
  return data.user;
}

/** Today as the server sees it (China date, YYYY-MM-DD); only inside AuthGate. */
export function useToday(): string {
  const { data } = useMe();
  if (!data) throw new Error('useToday outside AuthGate');
  return data.today;
}

/** This year as the server sees it. */
export function useThisYear(): number {
  return Number(useToday().slice(0, 4));
}
