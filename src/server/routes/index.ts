// Every API route plugin, in one explicit list; app.ts registers them under /api.
import type { FastifyPluginAsync } from 'fastify';
import { countyReportRoutes } from '../annual-report/county-routes.ts';
import { annualReportRoutes } from '../annual-report/routes.ts';
import { boardExportRoutes } from '../board/export.ts';
import { boardRoutes } from '../board/routes.ts';
import { indicatorRoutes } from '../indicators/routes.ts';
import { ledgerRoutes } from '../ledgers/routes.ts';
import { notificationRoutes } from '../notifications/routes.ts';
import { portalProfileRoutes } from '../portal/profile-routes.ts';
import { searchRoutes } from '../search/routes.ts';
import { adminRoutes } from './admin.ts';
import { attachmentRoutes } from './attachments.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { calendarRoutes } from './calendar.ts';
import { checkRoutes } from './checks.ts';
import { healthRoutes } from './health.ts';

export const routes: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  adminRoutes,
  auditRoutes,
  calendarRoutes,
  attachmentRoutes,
  checkRoutes,
  ledgerRoutes,
  boardRoutes,
  boardExportRoutes,
  notificationRoutes,
  searchRoutes,
  indicatorRoutes,
  annualReportRoutes,
  countyReportRoutes,
  portalProfileRoutes,
];
