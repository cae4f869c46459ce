// The page registry: the one place where a workbench page is declared. The router and the menu are
// both built from this list, so a page shows in the menu exactly when the signed-in user has its
// capability (GET /api/auth/me → capabilities).
//
// To add a page (for example the report checker, capability `checker.use`):
//   1. create the component under src/web/pages/<area>/<Name>Page.tsx (default export);
//   2. add its label to src/web/labels.ts (L.menu);
//   3. append an entry below with `lazy(() => import('./pages/<area>/<Name>Page.tsx'))`.
import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClusterOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import { L } from './labels.ts';
import { allowed, type MenuSection, type PageEntry } from './shell/page-entry.ts';

export { allowed, type MenuSection, type PageEntry };

export const sections: MenuSection[] = [{ id: 'admin', label: L.menu.admin, icon: <SettingOutlined /> }];

export const pages: PageEntry[] = [
  {
    path: '',
    label: L.menu.home,
    icon: <HomeOutlined />,
    // The home page links to the other pages: it is given the list rather than importing it back.
    component: lazy(() =>
      import('./pages/HomePage.tsx').then(({ default: HomePage }) => ({
        default: () => <HomePage pages={pages} />,
      })),
    ),
  },
  {
    path: 'calendar',
    label: L.menu.calendar,
    icon: <CalendarOutlined />,
    capability: 'calendar.read',
    component: lazy(() => import('./pages/calendar/CalendarPage.tsx')),
  },
  {
    path: 'checker',
    label: L.menu.checker,
    icon: <FileSearchOutlined />,
    capability: 'checker.use',
    component: lazy(() => import('./pages/checks/CheckerPage.tsx')),
  },
  {
    path: 'reports',
    label: L.menu.annualReport,
    icon: <FileTextOutlined />,
    capability: 'report.write',
    component: lazy(() => import('./pages/reports/ReportPage.tsx')),
  },
  {
    path: 'county-reports',
    label: L.menu.countyReports,
    icon: <BarChartOutlined />,
    capability: 'report.county',
    component: lazy(() => import('./pages/reports/CountyReportsPage.tsx')),
  },
  {
    path: 'admin/users',
    label: L.menu.users,
    icon: <TeamOutlined />,
    capability: 'admin.users',
    section: 'admin',
    component: lazy(() => import('./pages/admin/UsersPage.tsx')),
  },
  {
    path: 'admin/orgs',
    label: L.menu.orgs,
    icon: <ClusterOutlined />,
    capability: 'admin.orgs',
    section: 'admin',
    component: lazy(() => import('./pages/admin/OrgsPage.tsx')),
  },
  {
    path: 'admin/roles',
    label: L.menu.roles,
    icon: <SafetyCertificateOutlined />,
    capability: 'admin.roles',
    section: 'admin',
    component: lazy(() => import('./pages/admin/RoleAssignmentsPage.tsx')),
  },
  {
    path: 'admin/audit',
    label: L.menu.audit,
    icon: <AuditOutlined />,
    capability: 'audit.read',
    section: 'admin',
    component: lazy(() => import('./pages/admin/AuditPage.tsx')),
  },
  // Ledger pages, driven by the manifests of GET /api/ledgers. Their menu entries come from
  // useLedgerMenu (the ledgers the user may read), so they are hidden from the static menu.
  {
    path: 'deadlines',
    label: L.menu.deadlines,
    hideInMenu: true,
    component: lazy(() => import('./pages/deadlines/DeadlinesPage.tsx')),
  },
  {
    path: 'indicators',
    label: L.menu.indicators,
    hideInMenu: true,
    component: lazy(() => import('./pages/indicators/IndicatorsPage.tsx')),
  },
  // The enforcement ledger's views (static paths rank before ledgers/:kind/:type); their menu
  // entries sit under the enforcement ledger (pages/ledgers/menu.tsx) for those who read it.
  {
    path: 'ledgers/enforcement/disclosure-queue',
    label: L.menu.disclosureQueue,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/enforcement/DisclosureQueuePage.tsx')),
  },
  {
    path: 'ledgers/enforcement/inspection-counts',
    label: L.menu.inspectionCounts,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/enforcement/InspectionCountsPage.tsx')),
  },
  {
    path: 'ledgers/disclosure/annual-report',
    label: L.menu.disclosureReport,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/disclosure/AnnualReportPage.tsx')),
  },
  {
    path: 'ledgers/disclosure/portal-guide',
    label: L.menu.portalGuide,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/disclosure/PortalGuidePage.tsx')),
  },
  {
    path: 'ledgers/:kind/:type',
    label: L.menu.ledgers,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/LedgerListPage.tsx')),
  },
  {
    path: 'ledgers/:kind/:type/new',
    label: L.menu.ledgers,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/LedgerFormPage.tsx')),
  },
  {
    path: 'ledgers/:kind/:type/:id',
    label: L.menu.ledgers,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/LedgerRecordPage.tsx')),
  },
  {
    path: 'ledgers/:kind/:type/:id/edit',
    label: L.menu.ledgers,
    hideInMenu: true,
    component: lazy(() => import('./pages/ledgers/LedgerFormPage.tsx')),
  },
  {
    path: 'search',
    label: L.search.title,
    hideInMenu: true,
    component: lazy(() => import('./pages/search/SearchPage.tsx')),
  },
  {
    path: 'account/digest',
    label: L.shell.digest,
    hideInMenu: true,
    component: lazy(() => import('./pages/DigestSettingsPage.tsx')),
  },
  {
    path: 'account/password',
    label: L.password.changeTitle,
    hideInMenu: true,
    component: lazy(() => import('./pages/ChangePasswordPage.tsx')),
  },
];

export interface MenuRoute {
  path: string;
  name: string;
  icon?: ReactNode;
  routes?: MenuRoute[];
}

/** Menu entries known only at run time (the ledgers the user may read). */
export { useLedgerMenu as useDynamicMenu } from './pages/ledgers/menu.tsx';

/**
 * The ProLayout menu for a user: allowed entries, then the run-time entries (`dynamic`), then the
 * sections; empty sections dropped.
 */
export function menuFor(capabilities: readonly string[], dynamic: readonly MenuRoute[] = []): MenuRoute[] {
  const visible = pages.filter((p) => !p.hideInMenu && allowed(p, capabilities));
  const menu: MenuRoute[] = [];
  for (const entry of visible.filter((p) => !p.section)) {
    menu.push({ path: `/${entry.path}`, name: entry.label, icon: entry.icon });
  }
  // Right after the home page (or first when there is none).
  const home = menu.findIndex((m) => m.path === '/');
  menu.splice(home + 1, 0, ...dynamic);
  for (const section of sections) {
    const children = visible.filter((p) => p.section === section.id);
    if (children.length === 0) continue;
    menu.push({
      path: `/${section.id}`,
      name: section.label,
      icon: section.icon,
      routes: children.map((c) => ({ path: `/${c.path}`, name: c.label, icon: c.icon })),
    });
  }
  return menu;
}
