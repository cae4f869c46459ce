// The organisation's details its 政府信息公开指南 shows (受理机构, address, postcode, telephone,
// e-mail, office hours): read and set by the township's clerk or leader (or anyone holding those
// roles above it), audited. Empty values are stored as null; the guide then leaves the line out.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../core/audit.ts';
import { rolesAt } from '../core/policy.ts';
import { forbidden, notFound } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import './form-types.ts';

const EDITORS = ['clerk', 'leader'];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不超过${max}字`)
    .nullish()
    .transform((v) => v || null);

/** Telephone numbers as printed on a guide: 028-12345678, (028) 1234 5678转8001, two joined by 、. */
const PHONE = /^[0-9+\-()（） 转、]*[0-9][0-9+\-()（） 转、]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const profileInput = z
  .object({
    office: text(100),
    address: text(200),
    postcode: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, '邮政编码应为6位数字')
      .nullish()
      .transform((v) => v || null),
    phone: text(50).refine(
      (v) => v === null || PHONE.test(v),
      '咨询电话只能填写数字、空格、“-”、括号和“转”，多个号码用“、”分隔',
    ),
    email: text(100).refine((v) => v === null || EMAIL.test(v), '电子邮箱格式不正确，例如 gk@example.gov.cn'),
    hours: text(100),
  })
  .strict();

const profileBody = z.object({
  orgId: z.number(),
  office: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hours: z.string().nullable(),
});

const COLUMNS = ['office', 'address', 'postcode', 'phone', 'email', 'hours'] as const;

export const portalProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const k = app.db.k;

  /** The organisation, when the actor may edit its guide details. */
  const editable = async (actor: ReturnType<typeof requireActor>, orgId: number) => {
    const org = await k.selectFrom('org').select(['id', 'path']).where('id', '=', orgId).executeTakeFirst();
    if (!org) throw notFound('机关');
    const roles = rolesAt(actor, org.path);
    if (!EDITORS.some((r) => roles.has(r as never)))
      throw forbidden('只有本机关的台账管理员或负责人可以设置公开指南信息');
    return org;
  };

  const read = async (orgId: number) => {
    const row = await k
      .selectFrom('portalOrgProfile')
      .select(COLUMNS)
      .where('orgId', '=', orgId)
      .executeTakeFirst();
    return {
      orgId,
      office: null,
      address: null,
      postcode: null,
      phone: null,
      email: null,
      hours: null,
      ...row,
    };
  };

  const params = z.object({ orgId: z.coerce.number().int().positive() });

  app.get(
    '/portal/profiles/:orgId',
    {
      schema: {
        tags: ['公开门户'],
        summary: '政府信息公开指南中的受理机构信息',
        params,
        response: { 200: profileBody },
      },
    },
    async (req) => {
      await editable(requireActor(req), req.params.orgId);
      return read(req.params.orgId);
    },
  );

  app.put(
    '/portal/profiles/:orgId',
    {
      schema: {
        tags: ['公开门户'],
        summary: '设置政府信息公开指南中的受理机构信息',
        params,
        body: profileInput,
        response: { 200: profileBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = await editable(actor, req.params.orgId);
      const before = await read(org.id);
      const values = { ...req.body, updatedAt: app.clock.now().toISOString() };
      await k.transaction().execute(async (tx) => {
        await tx
          .insertInto('portalOrgProfile')
          .values({ orgId: org.id, ...values })
          .onConflict((oc) => oc.column('orgId').doUpdateSet(values))
          .execute();
        await recordAudit(tx, actor, {
          action: 'portal.profile',
          orgId: org.id,
          entityType: 'portal.profile',
          entityId: org.id,
          before,
          after: req.body,
          at: values.updatedAt,
        });
      });
      return read(org.id);
    },
  );
};
