// The menu entries that depend on the ledgers the user may read (GET /api/ledgers): 待办预警, the
// 台账 section with one entry per ledger record type, and 工作指标. Administrators (三员分立) read no
// ledger, so they get none of these.
import { AlertOutlined, BarChartOutlined, BookOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { L } from '../../labels.ts';
import { pagePath, useLedgerManifests } from './api.ts';

export interface DynamicMenuRoute {
  path: string;
  name: string;
  icon?: React.ReactNode;
  routes?: DynamicMenuRoute[];
}

/** Pages of a ledger's own read-only views, listed after its record types. */
const VIEWS: Record<string, DynamicMenuRoute[]> = {
  enforcement: [
    { path: '/ledgers/enforcement/disclosure-queue', name: L.menu.disclosureQueue },
    { path: '/ledgers/enforcement/inspection-counts', name: L.menu.inspectionCounts },
  ],
  disclosure: [
    { path: '/ledgers/disclosure/annual-report', name: L.menu.disclosureReport },
    { path: '/ledgers/disclosure/portal-guide', name: L.menu.portalGuide },
  ],
};

/**
 * The entries, or null while the manifests load: the layout waits for them, because its menu opens
 * its groups only once, when it first renders.
 */
export function useLedgerMenu(): DynamicMenuRoute[] | null {
  const { data, isPending, isError } = useLedgerManifests();
  return useMemo(() => {
    if (isPending && !isError) return null;
    if (!data || data.length === 0) return [];
    const ledgers: DynamicMenuRoute[] = data.map((ledger) =>
      ledger.recordTypes.length === 1
        ? { path: pagePath.list(ledger.kind, ledger.recordTypes[0].type), name: ledger.label }
        : {
            path: `/ledgers/${ledger.kind}`,
            name: ledger.label,
            routes: [
              ...ledger.recordTypes.map((rt) => ({
                path: pagePath.list(ledger.kind, rt.type),
                name: rt.label,
              })),
              ...(VIEWS[ledger.kind] ?? []),
            ],
          },
    );
    return [
      { path: '/deadlines', name: L.menu.deadlines, icon: <AlertOutlined /> },
      { path: '/ledgers', name: L.menu.ledgers, icon: <BookOutlined />, routes: ledgers },
      { path: '/indicators', name: L.menu.indicators, icon: <BarChartOutlined /> },
    ];
  }, [data, isPending, isError]);
}
