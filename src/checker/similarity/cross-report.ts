// The batch pass of rule duplication/cross-report: for every report of a batch, the passages it
// shares with reports of other organisations. Run by the engine once per batch (a single report
// has nothing to be compared with); the rule module only declares the rule.
import type { Finding, ParsedReport } from '../types.ts';
import { analyzeBatch, type PassageSide, type SimilarPair } from './batch.ts';
import {
  CROSS_REPORT_MESSAGES,
  CROSS_REPORT_RULE_ID,
  describeOther,
  percent,
  renderMessage,
} from './labels.ts';
import { sameOrg } from './normalize.ts';
import type { SimilarityOptions } from './options.ts';

export type CrossReportOptions = Omit<SimilarityOptions, 'orgs' | 'skipPair'>;

/** A file's name without folder and extension: "松岭镇报告.docx" and "松岭镇报告.txt" share it. */
function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, '').toLowerCase();
}

/** The text with everything but letters and digits removed: what two formats of one text share. */
function bare(report: ParsedReport): string {
  return report.paragraphs
    .map((p) => p.text)
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The same report submitted twice (a TXT and a DOCX of one text, a re-upload): the same file name
 * in another format, or the same text once marks and spacing are set aside. Not copying.
 */
export function sameDocument(a: ParsedReport, b: ParsedReport, bareA = bare(a), bareB = bare(b)): boolean {
  if (a.source.file !== b.source.file && stem(a.source.file) === stem(b.source.file)) return true;
  if (bareA === bareB) return bareA.length > 0;
  // a converted copy may lose or gain a line (a page number, a footer): near-identical length and opening
  const shorter = Math.min(bareA.length, bareB.length);
  const longer = Math.max(bareA.length, bareB.length);
  return (
    shorter > 200 &&
    shorter / longer > 0.98 &&
    (a.title ?? '') === (b.title ?? '') &&
    bareA.slice(0, 300) === bareB.slice(0, 300) &&
    bareA.slice(-300) === bareB.slice(-300)
  );
}

/**
 * Reports are compared when their organisations differ; an unknown organisation counts as
 * different. Two submissions of one document are not compared.
 */
export function crossReportFindings(
  reports: readonly ParsedReport[],
  opts: CrossReportOptions = {},
): Map<number, Finding[]> {
  const orgs = reports.map((r) => r.org);
  const bares = reports.map(bare);
  const { pairs } = analyzeBatch(
    reports.map((r) => r.paragraphs.map((p) => p.text)),
    {
      ...opts,
      orgs,
      skipPair: (a, b) =>
        sameOrg(orgs[a], orgs[b]) || sameDocument(reports[a], reports[b], bares[a], bares[b]),
    },
  );
  const out = new Map<number, Finding[]>(reports.map((_, i) => [i, []]));
  for (const pair of pairs) {
    out.get(pair.a)!.push(finding(reports, pair, 'a'));
    out.get(pair.b)!.push(finding(reports, pair, 'b'));
  }
  for (const findings of out.values()) findings.sort((x, y) => x.line - y.line || x.column - y.column);
  return out;
}

const EXCERPT_MAX = 40;

function finding(reports: readonly ParsedReport[], pair: SimilarPair, self: 'a' | 'b'): Finding {
  const other = self === 'a' ? 'b' : 'a';
  const me = reports[pair[self]];
  const them = reports[pair[other]];
  const passages = pair.passages
    .map((p) => ({ mine: p[self], theirs: p[other] }))
    .sort((x, y) => x.mine.paragraph - y.mine.paragraph || x.mine.start - y.mine.start);
  const slice = (r: ParsedReport, s: PassageSide) => r.paragraphs[s.paragraph].text.slice(s.start, s.end);
  const at = me.paragraphs[passages[0].mine.paragraph].pos(passages[0].mine.start);
  const first = slice(me, passages[0].mine);
  const share = self === 'a' ? pair.shareA : pair.shareB;
  const count = new Set(passages.map((p) => p.mine.paragraph)).size;
  return {
    rule: CROSS_REPORT_RULE_ID,
    severity: 'warning',
    message: renderMessage(CROSS_REPORT_MESSAGES.copied, {
      other: describeOther(them.title, them.org, them.source.file),
      count,
      percent: percent(share),
    }),
    line: at.line,
    column: at.column,
    excerpt: first.length > EXCERPT_MAX ? `${first.slice(0, EXCERPT_MAX)}…` : first,
    data: {
      otherFile: them.source.file,
      otherOrg: them.org,
      otherTitle: them.title,
      jaccard: Math.round(pair.jaccard * 1000) / 1000,
      share: Math.round(share * 1000) / 1000,
      passages: passages.map((p) => ({
        text: slice(me, p.mine),
        line: me.paragraphs[p.mine.paragraph].pos(p.mine.start).line,
        otherLine: them.paragraphs[p.theirs.paragraph].pos(p.theirs.start).line,
      })),
    },
  };
}
