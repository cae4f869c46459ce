// The tables of the 政府信息公开工作年度报告 computed from the disclosure ledger, in the unified format
// of 《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）: 二、主动公开政府信息情况,
// 三、收到和处理政府信息公开申请情况 (columns by applicant, rows by result and reason, 结转 both ways) and
// 四、政府信息公开行政复议、行政诉讼情况. Every number comes from records of the organisation's subtree:
// requests and catalogue items from the disclosure ledger, 行政规范性文件 from the normative-documents
// ledger (the same counts as its indicators), 行政处罚 from enforcement, table 四 from 复议应诉.
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { ANSWER_REASONS, APPLICANT_TYPES } from '../ledgers/disclosure/labels.ts';
import '../ledgers/disclosure/types.ts';
import '../ledgers/enforcement/types.ts';
import { NORMATIVE_DOC_INDICATORS } from '../ledgers/normative_docs/indicators.ts';
import '../ledgers/normative_docs/types.ts';
import { courtResult, type ResultClass, reviewResult } from '../ledgers/review_litigation/labels.ts';
import '../ledgers/review_litigation/types.ts';

/** The applicant columns, then 总计. */
export const REQUEST_COLUMNS = [...APPLICANT_TYPES.map((a) => a.value), 'total'] as const;

export interface RequestRowDef {
  key: string;
  label: string;
  /** The heading the row sits under (三、本年度办理结果, （三）不予公开 …). */
  group?: string;
  /** A result row counted into （七）总计. */
  result?: boolean;
}

const reasonRows = (type: string, group: string): RequestRowDef[] =>
  ANSWER_REASONS.filter((r) => r.type === type).map((r, i) => ({
    key: `${type}.${r.value}`,
    label: `${i + 1}.${r.label}`,
    group,
    result: true,
  }));

const RESULTS = '三、本年度办理结果';

/** The rows of table 三, in the national format's order. */
export const REQUEST_ROWS: readonly RequestRowDef[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量' },
  { key: 'disclose', label: '（一）予以公开', group: RESULTS, result: true },
  {
    key: 'partial',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    group: RESULTS,
    result: true,
  },
  ...reasonRows('withhold', '（三）不予公开'),
  ...reasonRows('unavailable', '（四）无法提供'),
  ...reasonRows('not_processed', '（五）不予处理'),
  ...reasonRows('other', '（六）其他处理'),
  { key: 'total', label: '（七）总计', group: RESULTS },
  { key: 'next', label: '四、结转下年度继续办理' },
];

export type RequestTable = Record<string, Record<string, number>>;

export interface ProactiveTable {
  /** 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数. */
  regulations: { made: number; repealed: number; valid: number };
  normative: { made: number; repealed: number; valid: number };
  /** 第二十条第（五）项、第（六）项: 本年处理决定数量. */
  licensing: number;
  penalty: number;
  coercion: number;
  /** 第二十条第（八）项: 本年收费金额（万元）. */
  feesTenThousand: number;
}

/** 四、: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, each 维持/纠正/其他/尚未审结/总计. */
export interface ReviewTable {
  review: number[];
  direct: number[];
  afterReview: number[];
}

export const REVIEW_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

export interface DisclosureTables {
  year: number;
  proactive: ProactiveTable;
  requests: RequestTable;
  review: ReviewTable;
  /** Facts for the text: items published, late ones, answers late, fees. */
  facts: {
    published: number;
    publishedLate: number;
    validityChanged: number;
    headings: Array<{ heading: string; n: number }>;
    answered: number;
    answeredLate: number;
    fees: { count: number; amount: number };
  };
}

const emptyRow = (): Record<string, number> => Object.fromEntries(REQUEST_COLUMNS.map((c) => [c, 0]));

/** Table 三 from the requests of the subtrees: each request in exactly one of 结果 or 结转下年度. */
export async function requestTable(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
): Promise<RequestTable> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const rows = await k
    .selectFrom('disclosureRequest')
    .select(['applicantType', 'receivedOn', 'answeredOn', 'answerType', 'answerReason'])
    .where((eb) => inOrgSubtree(eb, 'disclosureRequest.orgId', paths))
    .where('receivedOn', '<=', end)
    .where((eb) => eb.or([eb('answeredOn', 'is', null), eb('answeredOn', '>=', start)]))
    .execute();
  const table: RequestTable = Object.fromEntries(REQUEST_ROWS.map((r) => [r.key, emptyRow()]));
  const add = (row: string, col: string) => {
    table[row][col]++;
    table[row].total++;
  };
  for (const r of rows) {
    const col = r.applicantType;
    add(r.receivedOn >= start ? 'new' : 'carried', col);
    if (r.answeredOn && r.answeredOn <= end) {
      const key = r.answerReason ? `${r.answerType}.${r.answerReason}` : String(r.answerType);
      add(key in table ? key : 'other.other', col);
      add('total', col);
    } else add('next', col);
  }
  return table;
}

async function count(q: { select: (f: never) => unknown } & object): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: a Kysely builder of any table
  const r = await (q as any).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Table 二 and the facts of 一、 from the catalogue and the enforcement cases. */
async function proactive(k: Kdb | Tx, paths: readonly string[], year: number) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const items = () =>
    k
      .selectFrom('disclosureItem')
      .where((eb) => inOrgSubtree(eb, 'disclosureItem.orgId', paths))
      .where('state', '=', 'published');
  const indicator = (id: string) => {
    const def = NORMATIVE_DOC_INDICATORS.find((d) => d.id === id);
    if (!def) throw new Error(`indicator ${id}`);
    return def.compute(k, paths, year);
  };
  const table: ProactiveTable = {
    // 乡（镇）人民政府 have no power to make 规章 (《中华人民共和国立法法》第九十三条).
    regulations: { made: 0, repealed: 0, valid: 0 },
    // 制发: 公布 in the year; 废止: repealed by 清理 in the year; 现行有效: in force on 12月31日.
    normative: {
      made: await indicator('normative_docs.issued'),
      repealed: await indicator('normative_docs.repealed'),
      valid: await indicator('normative_docs.in_force'),
    },
    licensing: 0,
    penalty: await count(
      k
        .selectFrom('enforcementCase')
        .where((eb) => inOrgSubtree(eb, 'enforcementCase.orgId', paths))
        .where('penaltyDecisionOn', '>=', start)
        .where('penaltyDecisionOn', '<=', end),
    ),
    coercion: 0,
    feesTenThousand: 0,
  };
  const published = await items()
    .select(['heading', 'writtenOn', 'publishedOn'])
    .where('publishedOn', '>=', start)
    .where('publishedOn', '<=', end)
    .execute();
  const late = await k
    .selectFrom('deadline')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('ledger', '=', 'disclosure')
    .where('recordType', '=', 'disclosure_item')
    .where('state', '=', 'overdue_met')
    .where('metOn', '>=', start)
    .where('metOn', '<=', end)
    .where((eb) => inOrgSubtree(eb, 'deadline.orgId', paths))
    .executeTakeFirstOrThrow();
  const byHeading = new Map<string, number>();
  for (const p of published) byHeading.set(p.heading, (byHeading.get(p.heading) ?? 0) + 1);
  return {
    table,
    published: published.length,
    publishedLate: Number(late.n),
    headings: [...byHeading].map(([heading, n]) => ({ heading, n })).sort((a, b) => b.n - a.n),
    validityChanged: await count(
      items()
        .where('validity', '!=', 'valid')
        .where('repealedOn', '>=', start)
        .where('repealedOn', '<=', end),
    ),
  };
}

const RESULT_COLUMN: Record<ResultClass, number> = { upheld: 0, corrected: 1, other: 2 };

/**
 * Table 四 from the 复议应诉 ledger: the cases about 政府信息公开 (行政行为类别 “政府信息公开”) handled
 * in the year — received in it, or received earlier and not decided before it — each counted by
 * 案号 (an appeal is a case of its own), by its result on 12月31日 (结果维持 / 结果纠正 / 其他结果) or
 * 尚未审结. A lawsuit is 复议后起诉 when the township answered a 行政复议 on the same act (the same
 * 执法案件编号, else the same 被复议（被诉）行政行为) received before it.
 */
export async function reviewTable(k: Kdb | Tx, paths: readonly string[], year: number): Promise<ReviewTable> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const cases = await k
    .selectFrom('reviewCase')
    .select([
      'caseType',
      'receivedOn',
      'decidedOn',
      'reviewOutcome',
      'courtOutcome',
      'act',
      'enforcementCaseNo',
    ])
    .where((eb) => inOrgSubtree(eb, 'reviewCase.orgId', paths))
    .where('actCategory', '=', 'disclosure')
    .where('receivedOn', '<=', end)
    .orderBy('receivedOn')
    .execute();
  const table: ReviewTable = {
    review: [0, 0, 0, 0, 0],
    direct: [0, 0, 0, 0, 0],
    afterReview: [0, 0, 0, 0, 0],
  };
  const reviews = cases.filter((c) => c.caseType === 'reconsideration');
  const sameAct = (a: (typeof cases)[number], b: (typeof cases)[number]) =>
    a.enforcementCaseNo && b.enforcementCaseNo
      ? a.enforcementCaseNo === b.enforcementCaseNo
      : a.act === b.act;
  for (const c of cases) {
    if (c.decidedOn && c.decidedOn < start) continue;
    const review = c.caseType === 'reconsideration';
    const row = review
      ? table.review
      : reviews.some((r) => r.receivedOn <= c.receivedOn && sameAct(r, c))
        ? table.afterReview
        : table.direct;
    const result =
      c.decidedOn && c.decidedOn <= end
        ? review
          ? reviewResult(c.reviewOutcome)
          : courtResult(c.courtOutcome)
        : undefined;
    row[result ? RESULT_COLUMN[result] : 3]++;
    row[4]++;
  }
  return table;
}

export async function computeDisclosureTables(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
): Promise<DisclosureTables> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const p = await proactive(k, paths, year);
  const answered = await k
    .selectFrom('disclosureRequest')
    .select(['id', 'feeAmount'])
    .where((eb) => inOrgSubtree(eb, 'disclosureRequest.orgId', paths))
    .where('answeredOn', '>=', start)
    .where('answeredOn', '<=', end)
    .execute();
  const lateAnswers = await k
    .selectFrom('deadline')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('ledger', '=', 'disclosure')
    .where('recordType', '=', 'disclosure_request')
    .where('deadlineId', '=', 'answer')
    .where('state', '=', 'overdue_met')
    .where('metOn', '>=', start)
    .where('metOn', '<=', end)
    .where((eb) => inOrgSubtree(eb, 'deadline.orgId', paths))
    .executeTakeFirstOrThrow();
  const charged = answered.filter((a) => Number(a.feeAmount ?? 0) > 0);
  return {
    year,
    proactive: p.table,
    requests: await requestTable(k, paths, year),
    review: await reviewTable(k, paths, year),
    facts: {
      published: p.published,
      publishedLate: p.publishedLate,
      validityChanged: p.validityChanged,
      headings: p.headings,
      answered: answered.length,
      answeredLate: Number(lateAnswers.n),
      fees: {
        count: charged.length,
        amount: Math.round(charged.reduce((s, a) => s + Number(a.feeAmount), 0) * 100) / 100,
      },
    },
  };
}

/** Table 四: in each of its three parts, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
export function reviewTableErrors(t: ReviewTable): string[] {
  const parts = [
    ['行政复议', t.review],
    ['行政诉讼（未经复议直接起诉）', t.direct],
    ['行政诉讼（复议后起诉）', t.afterReview],
  ] as const;
  return parts.flatMap(([name, row]) => {
    const sum = row.slice(0, 4).reduce((s, n) => s + n, 0);
    return sum === row[4] ? [] : [`${name}：各项之和 ${sum} ≠ 总计 ${row[4]}`];
  });
}

/** Arithmetic the national format requires of table 三; empty when it all adds up. */
export function requestTableErrors(t: RequestTable): string[] {
  const errors: string[] = [];
  const label = (key: string) => REQUEST_ROWS.find((r) => r.key === key)?.label ?? key;
  for (const row of REQUEST_ROWS) {
    const sum = REQUEST_COLUMNS.filter((c) => c !== 'total').reduce((s, c) => s + t[row.key][c], 0);
    if (sum !== t[row.key].total)
      errors.push(`${label(row.key)}：各列之和 ${sum} ≠ 总计 ${t[row.key].total}`);
  }
  for (const col of REQUEST_COLUMNS) {
    const results = REQUEST_ROWS.filter((r) => r.result).reduce((s, r) => s + t[r.key][col], 0);
    if (results !== t.total[col])
      errors.push(`${col}：办理结果各项之和 ${results} ≠ （七）总计 ${t.total[col]}`);
    if (t.new[col] + t.carried[col] !== t.total[col] + t.next[col])
      errors.push(`${col}：第一项加第二项之和不等于第三项加第四项之和`);
  }
  return errors;
}
