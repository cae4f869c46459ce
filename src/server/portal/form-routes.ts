// Routes of the portal's citizen-facing forms and the pages around them: the online 依申请公开 form
// and its status lookup, the 政府信息公开指南, 重大行政决策 with their comment forms, and 行政规范性文件.
// Posts are plain HTML forms (application/x-www-form-urlencoded). Every post is counted per address
// in the database before anything else, then checked against its signed challenge, then validated;
// a refused post stores nothing but the counter and an audit event.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../core/audit.ts';
import { loadCalendar } from '../core/calendar.ts';
import { piiFor } from '../core/pii.ts';
import {
  addressBucket,
  checkChallenge,
  countPost,
  FIELD_ANSWER,
  type FormKind,
  issueChallenge,
  portalKey,
  RATE_LIMITS,
  SPAM_MESSAGES,
  spendToken,
} from './antispam.ts';
import { commentThanksPage, decisionPage, decisionsPage } from './decision-pages.ts';
import {
  publicComments,
  publicDecision,
  publicDecisions,
  submitComment,
  validateComment,
} from './decisions.ts';
import type { FormErrors, FormValues } from './form-html.ts';
import { guidePage, orgProfile } from './guide.ts';
import type { Html } from './html.ts';
import { NORMATIVE_SECTION } from './normative.ts';
import type { PageContext } from './pages.ts';
import { portalOrg } from './reports.ts';
import { applyPage, receiptPage, statusPage } from './request-pages.ts';
import { lookupStatus, portalActor, submitRequest, validateRequest } from './requests.ts';
import { sectionPage } from './section-pages.ts';
import { sectionRows } from './sections.ts';

export interface PortalKit {
  context(req: FastifyRequest): PageContext;
  send(reply: FastifyReply, status: number, page: Html): FastifyReply;
  notFound(req: FastifyRequest, reply: FastifyReply): FastifyReply;
}

const orgParams = z.object({ code: z.string().regex(/^[0-9A-Za-z]{1,32}$/) });
const decisionParams = orgParams.extend({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const RATE_MESSAGE = '您提交过于频繁，请一小时后再试。如有急需，请通过政府信息公开指南中的其他途径联系。';
const LOOKUP_MISS = '未找到与该申请编号和查询码相符的申请，请核对后重新输入。';

/** The posted form as strings (the first value of each name; files and nesting are not accepted). */
function formBody(req: FastifyRequest): FormValues {
  const out: FormValues = {};
  const body = req.body;
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export async function formRoutes(app: FastifyInstance, kit: PortalKit): Promise<void> {
  const k = app.db.k;
  const key = portalKey({ secret: app.config.secret, dataDir: app.config.dataDir });
  const pii = () => piiFor({ secret: app.config.secret, dataDir: app.config.dataDir });
  const { context, send, notFound } = kit;

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => {
      const out: FormValues = {};
      for (const [name, value] of new URLSearchParams(String(body))) if (!(name in out)) out[name] = value;
      done(null, out);
    },
  );

  const audit = (req: FastifyRequest, action: string, orgId: number | null, after: unknown) =>
    k
      .transaction()
      .execute((tx) =>
        recordAudit(tx, portalActor(req.ip), { action, orgId, after, at: app.clock.now().toISOString() }),
      );

  /**
   * The defences every post goes through: the per-address counter, then the challenge. Returns
   * null when the post may proceed, else the errors to show (the form is shown again with them).
   */
  const defend = async (
    req: FastifyRequest,
    kind: FormKind,
    scope: string,
    body: FormValues,
    orgId: number | null,
  ): Promise<{ status: number; errors: FormErrors } | null> => {
    const now = app.clock.now();
    const hits = await countPost(k, addressBucket(key, kind, req.ip), now);
    const limit = RATE_LIMITS[kind];
    if (hits > limit) {
      if (hits === limit + 1) await audit(req, 'portal.rate_limited', orgId, { form: kind, limit });
      return { status: 429, errors: { _rate: RATE_MESSAGE } };
    }
    const reason =
      checkChallenge(key, kind, scope, body, now) ?? ((await spendToken(k, body, now)) ? 'reused' : null);
    if (!reason) return null;
    await audit(req, 'portal.refused', orgId, { form: kind, reason });
    const field =
      reason === 'answer' || reason === 'too_fast' || reason === 'expired' ? FIELD_ANSWER : '_spam';
    return { status: 400, errors: { [field]: SPAM_MESSAGES[reason] } };
  };

  const challenge = (kind: FormKind, scope: string) => issueChallenge(key, kind, scope, app.clock.now());
  const findOrg = async (req: FastifyRequest) => {
    const params = orgParams.safeParse(req.params);
    return params.success ? portalOrg(k, params.data.code) : undefined;
  };
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  // 依申请公开: the form, its post, the receipt
  app.get('/:code/apply', async (req, reply) => {
    const found = await findOrg(req);
    if (!found) return notFound(req, reply);
    const c = challenge('apply', `apply:${found.org.code}`);
    return send(
      reply,
      200,
      applyPage(context(req), found.org, found.parent, { values: {}, errors: {}, ...c }),
    );
  });

  app.post('/:code/apply', async (req, reply) => {
    const found = await findOrg(req);
    if (!found) return notFound(req, reply);
    const { org, parent } = found;
    const body = formBody(req);
    const again = (status: number, errors: FormErrors) => {
      const c = challenge('apply', `apply:${org.code}`);
      return send(
        noStore(reply),
        status,
        applyPage(context(req), org, parent, { values: body, errors, ...c }),
      );
    };
    const refused = await defend(req, 'apply', `apply:${org.code}`, body, org.id);
    if (refused) return again(refused.status, refused.errors);
    const today = app.clock.today();
    const { errors, input } = validateRequest(body, org.id, today);
    if (!input) return again(400, errors);
    const r = await submitRequest(
      {
        k,
        pii: pii(),
        calendar: await loadCalendar(app.db, today),
        key,
        today,
        at: app.clock.now().toISOString(),
        ip: req.ip,
      },
      input,
    );
    return send(
      noStore(reply),
      201,
      receiptPage(context(req), org, parent, {
        receiptNo: r.receiptNo,
        code: r.code,
        receivedOn: today,
        title: String(input.title),
      }),
    );
  });

  app.get('/apply/status', async (req, reply) => {
    const c = challenge('status', 'status');
    return send(reply, 200, statusPage(context(req), { values: {}, errors: {}, ...c }, null));
  });

  app.post('/apply/status', async (req, reply) => {
    const body = formBody(req);
    const values = { receiptNo: body.receiptNo ?? '' };
    const page = (status: number, errors: FormErrors, result: Awaited<ReturnType<typeof lookupStatus>>) => {
      const c = challenge('status', 'status');
      return send(noStore(reply), status, statusPage(context(req), { values, errors, ...c }, result));
    };
    const refused = await defend(req, 'status', 'status', body, null);
    if (refused) return page(refused.status, refused.errors, null);
    const errors: FormErrors = {};
    if (!body.receiptNo?.trim()) errors.receiptNo = '请填写申请编号';
    if (!body.code?.trim()) errors.code = '请填写查询码';
    if (Object.keys(errors).length) return page(400, errors, null);
    const result = await lookupStatus(k, key, body.receiptNo ?? '', body.code ?? '');
    await audit(req, 'portal.status_lookup', null, { found: result !== null });
    return result ? page(200, {}, result) : page(200, { _lookup: LOOKUP_MISS }, null);
  });

  // 政府信息公开指南
  app.get('/:code/guide', async (req, reply) => {
    const found = await findOrg(req);
    if (!found) return notFound(req, reply);
    const profile = await orgProfile(k, found.org.id);
    return send(reply, 200, guidePage(context(req), found.org, found.parent, profile));
  });

  // 行政规范性文件
  app.get('/:code/normative', async (req, reply) => {
    const found = await findOrg(req);
    if (!found) return notFound(req, reply);
    const parts = await sectionRows(k, NORMATIVE_SECTION, found.org.id, app.clock.today());
    return send(reply, 200, sectionPage(context(req), found.org, found.parent, NORMATIVE_SECTION, parts));
  });

  // 重大行政决策
  app.get('/:code/decisions', async (req, reply) => {
    const found = await findOrg(req);
    if (!found) return notFound(req, reply);
    const list = await publicDecisions(k, found.org.id, app.clock.today());
    return send(reply, 200, decisionsPage(context(req), found.org, found.parent, list));
  });

  const loadDecision = async (req: FastifyRequest) => {
    const params = decisionParams.safeParse(req.params);
    if (!params.success) return undefined;
    const found = await portalOrg(k, params.data.code);
    if (!found) return undefined;
    const d = await publicDecision(k, found.org.id, params.data.id, app.clock.today());
    return d && { ...found, d };
  };
  const commentScope = (code: string, id: number) => `comment:${code}:${id}`;

  app.get('/:code/decisions/:id', async (req, reply) => {
    const found = await loadDecision(req);
    if (!found) return notFound(req, reply);
    const { org, parent, d } = found;
    const comments = await publicComments(k, org.id, d);
    const form = d.open
      ? { values: {}, errors: {}, ...challenge('comment', commentScope(org.code, d.id)) }
      : null;
    return send(reply, 200, decisionPage(context(req), org, parent, d, comments, form));
  });

  app.post('/:code/decisions/:id', async (req, reply) => {
    const found = await loadDecision(req);
    if (!found) return notFound(req, reply);
    const { org, parent, d } = found;
    const body = formBody(req);
    const scope = commentScope(org.code, d.id);
    const again = async (status: number, errors: FormErrors, values: FormValues) => {
      const comments = await publicComments(k, org.id, d);
      const form = d.open ? { values, errors, ...challenge('comment', scope) } : null;
      return send(noStore(reply), status, decisionPage(context(req), org, parent, d, comments, form));
    };
    // a closed period: the page says so politely, and nothing is stored
    if (!d.open) return again(409, {}, {});
    const refused = await defend(req, 'comment', scope, body, org.id);
    if (refused) return again(refused.status, refused.errors, body);
    const { errors, values } = validateComment(body);
    if (Object.keys(errors).length) return again(400, errors, values);
    const today = app.clock.today();
    await submitComment(
      {
        k,
        pii: pii(),
        calendar: await loadCalendar(app.db, today),
        today,
        at: app.clock.now().toISOString(),
        ip: req.ip,
      },
      org.id,
      d,
      values,
    );
    return send(noStore(reply), 201, commentThanksPage(context(req), org, parent, d));
  });
}
