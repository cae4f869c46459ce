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

/** Reports are compared when their organisations differ; an unknown organisation counts as different. */
export function crossReportFindings(
  reports: readonly ParsedReport[],
  opts: CrossReportOptions = {},
): Map<number, Finding[]> {
  const orgs = reports.map((r) => r.org);
  const { pairs } = analyzeBatch(
    reports.map((r) => r.paragraphs.map((p) => p.text)),
    { ...opts, orgs, skipPair: (a, b) => sameOrg(orgs[a], orgs[b]) },
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
