// The portal's sections beyond the annual reports: 行政执法公示 and 政府信息公开目录, read through the
// record types' portal hooks (ledgers/registry.ts), never a ledger folder. A record shows only when
// its hook says it is public on the clock's today, with the hook's fields only, and only for the
// organisation of the address.
import type { Kdb } from '../db/connect.ts';
import type { LedgerRow, PortalRow } from '../ledgers/contract.ts';
import { findLedger, findRecordType } from '../ledgers/registry.ts';

export interface SectionPart {
  ledger: string;
  type: string;
  heading: string;
  /** What the part publishes and on what basis (shown above the table). */
  note: string;
  /** When nothing is published. */
  empty: string;
  /** Adds 有效性 (有效/失效/废止) from the record's state and its 有效期至. */
  validity?: boolean;
}

export interface SectionDef {
  slug: string;
  title: string;
  lead: string;
  parts: readonly SectionPart[];
}

export const SECTIONS: readonly SectionDef[] = [
  {
    slug: 'enforcement',
    title: '行政执法公示',
    lead: '依照《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）公开。行政处罚决定自作出之日起7个工作日内、其他行政执法决定自作出之日起20个工作日内公开。',
    parts: [
      {
        ledger: 'enforcement',
        type: 'case',
        heading: '事后公开：行政执法决定',
        note: '公开执法机关、行政相对人（自然人姓名已作隐名处理）、决定类别、处理结果、决定书文号和日期。',
        empty: '目前没有公开的行政执法决定。',
      },
      {
        ledger: 'enforcement',
        type: 'officer',
        heading: '事前公开：行政执法人员',
        note: '以下为今日持有有效行政执法证件的执法人员。',
        empty: '目前没有公示的行政执法人员。',
      },
      {
        ledger: 'enforcement',
        type: 'item',
        heading: '事前公开：行政执法事项清单',
        note: '本机关实施的行政执法事项及其实施依据。',
        empty: '目前没有公示的行政执法事项。',
      },
    ],
  },
  {
    slug: 'catalogue',
    title: '政府信息公开目录',
    lead: '依照《中华人民共和国政府信息公开条例》第十九条、第二十条主动公开的政府信息，以及行政规范性文件及其有效性。',
    parts: [
      {
        ledger: 'disclosure',
        type: 'disclosure_item',
        heading: '主动公开的政府信息',
        note: '每条信息列明索引号、发布机构、主题分类、体裁分类、发文字号、成文日期、发布日期和有效性。',
        empty: '目前没有主动公开的政府信息。',
      },
      {
        ledger: 'normative_docs',
        type: 'normative_doc',
        heading: '行政规范性文件',
        note: '已公布的行政规范性文件，注明有效、失效或废止。',
        empty: '目前没有公布的行政规范性文件。',
        validity: true,
      },
    ],
  },
];

export function findSection(slug: string): SectionDef | undefined {
  return SECTIONS.find((s) => s.slug === slug);
}

export interface PartRows {
  part: SectionPart;
  rows: PortalRow[];
}

const VALIDITY: Record<string, string> = { repealed: '废止', expired: '失效' };

function validityOf(r: LedgerRow, today: string): string {
  const byState = VALIDITY[r.state];
  if (byState) return byState;
  const until = r.validUntil ? String(r.validUntil) : null;
  return until && until < today ? '失效' : '有效';
}

/** One part's public rows for an organisation, through the record type's portal hook. */
export async function partRows(
  k: Kdb,
  part: SectionPart,
  orgId: number,
  today: string,
): Promise<PortalRow[]> {
  const ledger = findLedger(part.ledger);
  const rt = ledger && findRecordType(ledger, part.type);
  const hook = rt?.portal;
  if (!rt || !hook) throw new Error(`no portal hook for ${part.ledger}/${part.type}`);
  if (hook.rows) return hook.rows(k, orgId, today);
  // biome-ignore lint/suspicious/noExplicitAny: the table is named by the manifest
  const records = (await (k as any)
    .selectFrom(rt.table)
    .selectAll()
    .where('orgId', '=', orgId)
    .orderBy('id', 'desc')
    .execute()) as LedgerRow[];
  const defs = new Map(rt.fields.map((f) => [f.name, f]));
  return records
    .filter((r) => hook.isPublic(r, today))
    .map((r) => {
      const cells = hook.fields.map((name) => {
        const f = defs.get(name);
        const raw = r[name];
        const value =
          raw === null || raw === undefined
            ? ''
            : (f?.options?.find((o) => o.value === raw)?.label ?? String(raw));
        return { label: f?.label ?? name, value };
      });
      if (part.validity) cells.push({ label: '有效性', value: validityOf(r, today) });
      return { id: r.id, cells };
    });
}

export async function sectionRows(
  k: Kdb,
  section: SectionDef,
  orgId: number,
  today: string,
): Promise<PartRows[]> {
  const out: PartRows[] = [];
  for (const part of section.parts) out.push({ part, rows: await partRows(k, part, orgId, today) });
  return out;
}
