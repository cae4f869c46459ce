// The workflow of a proactive disclosure item (主动公开): made (待公开) → published within 20 working
// days of its making (《政府信息公开条例》第二十六条) with its catalogue index number (索引号, 第二十二条),
// then its validity kept up to date (有效 / 失效 / 废止).
import type { Tx } from '../../db/connect.ts';
import type { GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import { publishInput, validityInput } from './inputs.ts';
import { ITEM_STATES, DISCLOSURE_MESSAGES as M } from './labels.ts';
import { BASIS, PUBLICATION_PERIOD } from './rules.ts';

const WORKERS = ['clerk', 'leader'] as const;
const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });

/**
 * The next index number of an organisation's catalogue: its code (行政区划代码), the year of
 * publication and a five-digit serial, e.g. 511099001/2025-00012. Unique (a database index holds it).
 */
export async function nextIndexNo(tx: Tx, orgId: number, year: string): Promise<string> {
  const org = await tx.selectFrom('org').select('code').where('id', '=', orgId).executeTakeFirstOrThrow();
  const prefix = `${org.code}/${year}-`;
  const last = await tx
    .selectFrom('disclosureItem')
    .select((eb) => eb.fn.max('indexNo').as('max'))
    .where('indexNo', 'like', `${prefix}%`)
    .executeTakeFirst();
  const serial = last?.max ? Number(String(last.max).slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(serial).padStart(5, '0')}`;
}

const publishedOn = (ctx: GuardContext) => (ctx.fields.publishedOn as string | undefined) ?? ctx.on;

export const ITEM_WORKFLOW: WorkflowDef = {
  initial: 'draft',
  states: ITEM_STATES,
  transitions: [
    {
      id: 'publish',
      label: '发布',
      from: ['draft'],
      to: 'published',
      roles: WORKERS,
      fields: ['publishedOn'],
      input: publishInput,
      basis: BASIS.publication,
      guards: [
        (ctx) =>
          publishedOn(ctx) < String(ctx.record.writtenOn)
            ? refuse(M.publishedBeforeWritten, BASIS.publication)
            : null,
      ],
      effect: async (ctx) => ({
        publishedOn: publishedOn(ctx),
        indexNo: await nextIndexNo(ctx.tx, ctx.record.orgId, publishedOn(ctx).slice(0, 4)),
      }),
    },
    {
      id: 'change_validity',
      label: '变更有效性',
      from: ['published'],
      to: null,
      roles: WORKERS,
      fields: ['validity', 'repealedOn'],
      input: validityInput,
      basis: BASIS.catalogue,
      effect: (ctx) => ({
        repealedOn: ctx.fields.validity === 'valid' ? null : (ctx.fields.repealedOn ?? ctx.on),
      }),
    },
  ],
  deadlines: [
    {
      id: 'publication',
      label: '主动公开期限',
      from: { event: 'create', field: 'writtenOn' },
      ...PUBLICATION_PERIOD,
      note: () => M.itemStart,
      until: ['publish'],
    },
  ],
};
