// The rule catalogue from GET /api/checks/rules, fetched once per session.
import { useQuery } from '@tanstack/react-query';
import type { RuleInfo, RuleList } from '../../../shared/api/checks.ts';
import { api } from '../../data/client.ts';

export function useRules() {
  return useQuery({
    queryKey: ['checker', 'rules'],
    queryFn: () => api.get<RuleList>('/api/checks/rules').then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The Chinese name of a rule: its doc page's title without the id ("# numbering/duplicate 序号重复"). */
export function ruleName(info: RuleInfo | undefined, fallback: string): string {
  const first = info?.doc?.split('\n', 1)[0] ?? '';
  const m = /^#\s+\S+\s+(.+)$/.exec(first.trim());
  if (m) return m[1].trim();
  return info?.description ?? fallback;
}
