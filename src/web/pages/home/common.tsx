// What the home page's cards share: the quiet load error, the deadline board narrowed to the
// selected organisation, and where a board card leads.
import { useQuery } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { Board } from '../../../shared/api/board.ts';
import { api } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useThisYear } from '../../shell/current-user.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';

/** A failed request: a quiet line and a retry link, never an error card. */
export function LoadFailed({ onRetry }: { onRetry(): void }) {
  return (
    <Space size={4} data-testid="home-load-failed">
      <Typography.Text type="secondary">{L.home.loadFailed}</Typography.Text>
      <Button type="link" size="small" onClick={onRetry}>
        {L.home.retry}
      </Button>
    </Space>
  );
}

/** Whether an organisation lies in the selected organisation's subtree (always, when not switched). */
export function useInSelected(): (orgId: number) => boolean {
  const { org, orgs, switched } = useSelectedOrg();
  return useMemo(() => {
    if (!switched || !org) return () => true;
    const byId = new Map(orgs.map((o) => [o.id, o]));
    return (orgId) => byId.get(orgId)?.path.startsWith(org.path) ?? false;
  }, [org, orgs, switched]);
}

/**
 * The deadline board (the query of 待办预警, shared with that page), its cards narrowed to the
 * selected organisation's subtree when the user switched organisation.
 */
export function useBoard() {
  const query = useQuery({
    queryKey: ['deadlines', false],
    queryFn: () => api.get<Board>('/api/deadlines'),
  });
  const inSelected = useInSelected();
  const cards = useMemo(
    () => (query.data?.items ?? []).filter((c) => inSelected(c.orgId)),
    [query.data, inSelected],
  );
  return { query, cards };
}

/** The last full year, whose annual report is due this spring. */
export const useReportYear = () => useThisYear() - 1;
