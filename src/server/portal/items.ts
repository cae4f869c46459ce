// Everything the portal serves as one list of items per organisation: each published annual report
// and each published record of a section (行政执法公示, 政府信息公开目录 …, through the record types'
// portal hooks). Search, the feeds, the sitemap and the content-integrity check read this list, so
// they can never show what the pages themselves would not. A withdrawn publication is no item.
import { createHash } from 'node:crypto';
import type { Draft } from '../annual-report/draft.ts';
import type { Kdb } from '../db/connect.ts';
import { publicDecisions } from './decisions.ts';
import {
  DISCLOSURE_REPORT_KIND,
  disclosurePagePath,
  disclosureReportRef,
  disclosureText,
  shownDisclosureReports,
} from './disclosure-reports.ts';
import { paths } from './pages.ts';
import { portalPaths } from './portal-paths.ts';
import { orgReports, type PortalOrg } from './reports.ts';
import { partRows, SECTIONS } from './sections.ts';

export const REPORT_KIND = 'annual_report';
export const DECISION_KIND = 'decisions.decision';

export interface ServedItem {
  /** Stable key: `annual_report:<report id>`, `<ledger>.<type>:<record id>`. */
  ref: string;
  /** `annual_report` or `<ledger>.<type>`. */
  kind: string;
  recordId: number;
  title: string;
  /** The published text, one labelled line per field (what the page shows, minus date-derived words). */
  body: string;
  path: string;
  year: number | null;
  category: string | null;
  publishedOn: string | null;
  /** Fingerprints of the files served with the item (a report's signed version). */
  files: string[];
}

/** How a record type of a section is named, titled and filtered (cell labels of its portal rows). */
interface KindDef {
  label: string;
  /** The cells whose values make the title (joined by a space); the first cell otherwise. */
  title?: readonly string[];
  /** The date cell giving the year filter. */
  year?: string;
  /** The cell giving the category filter. */
  category?: string;
}

export const KINDS: Record<string, KindDef> = {
  [REPORT_KIND]: { label: '法治政府建设年度报告' },
  [DISCLOSURE_REPORT_KIND]: { label: '政府信息公开工作年度报告' },
  'enforcement.case': {
    label: '行政执法决定',
    title: ['决定书文号', '处理结果'],
    year: '决定日期',
    category: '决定类别',
  },
  'enforcement.officer': { label: '行政执法人员', category: '执法领域' },
  'enforcement.item': { label: '行政执法事项', category: '事项类别' },
  'disclosure.disclosure_item': { label: '主动公开的政府信息', year: '发布日期', category: '主题分类' },
  'normative_docs.normative_doc': { label: '行政规范性文件', year: '公布日期' },
  [DECISION_KIND]: { label: '重大行政决策' },
};

export const kindLabel = (kind: string): string => KINDS[kind]?.label ?? kind;

/** Words of a row that follow from the date rather than from what was published (有效性). */
const DERIVED = new Set(['有效性']);

/** The report's text as the page shows it, one paragraph a line. */
export function draftText(d: Draft): string {
  const lines: string[] = [];
  if (d.recipient) lines.push(d.recipient);
  lines.push(d.opening);
  for (const s of d.sections) {
    lines.push(s.heading);
    for (const p of s.paragraphs) lines.push(p.text);
  }
  lines.push(d.signoff.org, d.signoff.date);
  return lines.filter(Boolean).join('\n');
}

/** Item page of a section record. */
export const itemPath = (code: string, slug: string, type: string, id: number) =>
  `${paths.section(code, slug)}/${encodeURIComponent(type)}/${id}`;

/** Every item the portal serves for the organisation on `today`. */
export async function servedItems(k: Kdb, org: PortalOrg, today: string): Promise<ServedItem[]> {
  const out: ServedItem[] = [];
  for (const r of await orgReports(k, org)) {
    out.push({
      ref: `${REPORT_KIND}:${r.report.id}`,
      kind: REPORT_KIND,
      recordId: r.report.id,
      title: r.draft.title,
      body: draftText(r.draft),
      path: paths.report(org.code, r.report.year),
      year: r.report.year,
      category: KINDS[REPORT_KIND].label,
      publishedOn: r.publishedOn,
      files: [r.version.sha256],
    });
  }
  // 政府信息公开工作年度报告: the published version's text; its tables are covered by the version's hash
  for (const r of await shownDisclosureReports(k, org.id)) {
    out.push({
      ref: disclosureReportRef(r.id),
      kind: DISCLOSURE_REPORT_KIND,
      recordId: r.id,
      title: r.report.text.title,
      body: disclosureText(r),
      path: disclosurePagePath(org.code, r.year),
      year: r.year,
      category: KINDS[DISCLOSURE_REPORT_KIND].label,
      publishedOn: r.publishedOn,
      files: [r.sha256],
    });
  }
  for (const section of SECTIONS) {
    for (const part of section.parts) {
      const kind = `${part.ledger}.${part.type}`;
      const def = KINDS[kind] ?? { label: part.heading };
      for (const row of await partRows(k, part, org.id, today)) {
        if (row.withdrawn) continue;
        const cell = (label?: string) =>
          label ? (row.cells.find((c) => c.label === label)?.value ?? '') : '';
        const title =
          (def.title ? def.title.map(cell).filter(Boolean).join(' ') : row.cells[0]?.value) || def.label;
        const yearText = cell(def.year).slice(0, 4);
        out.push({
          ref: `${kind}:${row.id}`,
          kind,
          recordId: row.id,
          title,
          body: row.cells
            .filter((c) => !DERIVED.has(c.label))
            .map((c) => `${c.label}：${c.value}`)
            .join('\n'),
          path: itemPath(org.code, section.slug, part.type, row.id),
          year: /^\d{4}$/.test(yearText) ? Number(yearText) : null,
          category: cell(def.category) || null,
          publishedOn: cell('公开日期') || cell('发布日期') || cell('公布日期') || null,
          files: [],
        });
      }
    }
  }
  // 重大行政决策 put out for comment or published (their own pages; the phase follows from the date)
  for (const d of await publicDecisions(k, org.id, today)) {
    const lines: Array<[string, string | null]> = [
      ['决策事项', d.title],
      ['类别', d.category],
      ['承办单位', d.sponsor],
      ['简要说明', d.summary],
      ['征求意见期间', d.commentFrom && d.commentUntil ? `${d.commentFrom} 至 ${d.commentUntil}` : null],
      ['公布日期', d.publishedOn],
    ];
    const on = d.publishedOn ?? d.commentFrom;
    out.push({
      ref: `${DECISION_KIND}:${d.id}`,
      kind: DECISION_KIND,
      recordId: d.id,
      title: d.title,
      body: lines
        .filter(([, v]) => v)
        .map(([l, v]) => `${l}：${v}`)
        .join('\n'),
      path: portalPaths.decision(org.code, d.id),
      year: on ? Number(on.slice(0, 4)) : null,
      category: d.category || null,
      publishedOn: on,
      files: [],
    });
  }
  return out;
}

/** 内容校验值: SM3 (GB/T 32905-2016) of the item's title, text and files in a fixed order. */
export function contentHash(item: Pick<ServedItem, 'title' | 'body' | 'files'>): string {
  return createHash('sm3')
    .update(JSON.stringify([item.title, item.body, item.files]), 'utf8')
    .digest('hex');
}
