// Keeps the portal's index (integrity.ts) in step with the application: after every successful
// change of a ledger record or of an annual report (either kind) through the API, the record's organisation is
// synced and the record's own item hashed anew (published, changed, withdrawn); the scheduled
// self-check (FAZHI_PORTAL_CHECK_MINUTES, default hourly, dates from the app clock) catches what
// no request announced (a certificate that became valid, records loaded by the demo) and marks the
// items changed behind the application; with several processes on one PostgreSQL database, one
// process runs each round (self-check.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findLedger, findRecordType } from '../ledgers/registry.ts';
import { disclosureReportRef } from './disclosure-reports.ts';
import { recordRef, reportRef, syncPortal } from './integrity.ts';
import { DECISION_KIND } from './items.ts';
import { scheduledSelfCheck } from './self-check.ts';

type Params = Record<string, string | undefined>;

/** The organisation and item ref a successful API change touches, when it can touch the portal. */
async function touched(
  app: FastifyInstance,
  req: FastifyRequest,
): Promise<{ orgId?: number; ref?: string } | null> {
  const route = req.routeOptions.url ?? '';
  const p = (req.params ?? {}) as Params;
  const k = app.db.k;
  if (route.startsWith('/api/annual-reports/:orgId/:year/')) {
    const orgId = Number(p.orgId);
    const report = await k
      .selectFrom('annualReport')
      .select('id')
      .where('orgId', '=', orgId)
      .where('year', '=', Number(p.year))
      .executeTakeFirst();
    // only a workflow step (公开, 更正 …) changes what the public sees of a report; a draft saved
    // meanwhile must not re-hash (and so bless) a published version changed behind the application
    const step = route.includes('/transitions/');
    return { orgId, ref: report && step ? reportRef(report.id) : undefined };
  }
  // 政府信息公开工作年度报告: 签发 and 公开 (disclosure-report/routes.ts) change what the portal serves
  if (route === '/api/ledgers/disclosure/views/annual-report/:step') {
    const body = (req.body ?? {}) as { org?: unknown; year?: unknown };
    const orgId = body.org === undefined ? req.actor?.orgId : Number(body.org);
    if (!Number.isInteger(orgId)) return null;
    const report = await k
      .selectFrom('disclosureReport')
      .select('id')
      .where('orgId', '=', orgId as number)
      .where('year', '=', Number(body.year))
      .executeTakeFirst();
    return { orgId, ref: report ? disclosureReportRef(report.id) : undefined };
  }
  if (!route.startsWith('/api/ledgers/:kind/:type')) return null;
  const ledger = findLedger(p.kind ?? '');
  const rt = ledger && findRecordType(ledger, p.type ?? '');
  // records with a portal hook, and 重大行政决策, which have pages of their own
  if (!ledger || !rt || !(rt.portal || `${ledger.kind}.${rt.type}` === DECISION_KIND)) return null;
  if (p.id === undefined) {
    const orgId = Number((req.body as { orgId?: unknown } | undefined)?.orgId);
    return Number.isInteger(orgId) ? { orgId } : {};
  }
  const id = Number(p.id);
  // biome-ignore lint/suspicious/noExplicitAny: the table is named by the manifest
  const row = (await (k as any)
    .selectFrom(rt.table)
    .select('orgId')
    .where('id', '=', id)
    .executeTakeFirst()) as { orgId: number } | undefined;
  return row ? { orgId: row.orgId, ref: recordRef(ledger.kind, rt.type, id) } : null;
}

export function registerPortalUpkeep(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'GET' || req.method === 'HEAD' || reply.statusCode >= 300) return payload;
    try {
      const t = await touched(app, req);
      if (t && t.orgId !== undefined) {
        await syncPortal(app.db.k, app.clock.today(), app.clock.now().toISOString(), {
          orgId: t.orgId,
          rehash: new Set(t.ref ? [t.ref] : []),
        });
      }
    } catch (err) {
      req.log.error({ err }, '公开门户索引更新失败');
    }
    return payload;
  });

  const every = app.config.portalCheckMinutes * 60_000;
  if (every <= 0) return;
  let running: Promise<void> | null = null;
  let closing = false;
  const check = () => {
    if (running || closing) return;
    running = (async () => {
      try {
        const round = await scheduledSelfCheck(app.db.k, app.clock, every);
        if (!round.ran) {
          app.log.debug(
            round.reason === 'busy'
              ? '公开门户内容自检：另一进程正在运行，本轮跳过'
              : '公开门户内容自检：另一进程在本周期内已运行，本轮跳过',
          );
          return;
        }
        for (const c of round.changed) {
          app.log.warn(`公开门户内容与发布时不一致：${c.orgName} ${c.title}（${c.path}）`);
        }
      } catch (err) {
        if (!closing) app.log.error({ err }, '公开门户内容自检失败');
      } finally {
        running = null;
      }
    })();
  };
  // the first run a little after start (not in the way of start-up), then every interval
  const first = setTimeout(check, Math.min(every, 10_000)).unref();
  const timer = setInterval(check, every).unref();
  app.addHook('onClose', async () => {
    closing = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  });
}
