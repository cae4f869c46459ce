// The versions of an annual report: loading them, writing a new one, the 发文信息 a version carries
// (版头 and 版记, stamped when it is signed), re-binding edited figures, and the checker on a
// version's text. Used by the workflow (workflow.ts) and its transitions (transitions.ts).
import { createHash } from 'node:crypto';
import { type CheckResult, checkText, type Finding } from '../../checker/index.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { type Binding, chineseDate, type Draft, type DraftParagraph, draftText } from './draft.ts';
import type { AnnualReportRow, AnnualReportVersionRow } from './types.ts';
import './types.ts';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const nowIso = () => new Date().toISOString();

export async function loadReport(
  k: Kdb | Tx,
  orgId: number,
  year: number,
): Promise<AnnualReportRow | undefined> {
  return k
    .selectFrom('annualReport')
    .selectAll()
    .where('orgId', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function loadVersion(
  k: Kdb | Tx,
  reportId: number,
  version: number,
): Promise<AnnualReportVersionRow> {
  return k
    .selectFrom('annualReportVersion')
    .selectAll()
    .where('reportId', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
}

export async function insertVersion(
  tx: Tx,
  actor: Actor,
  reportId: number,
  version: number,
  draft: Draft,
  at: string = nowIso(),
) {
  const contentJson = JSON.stringify(draft);
  await tx
    .insertInto('annualReportVersion')
    .values({
      reportId,
      version,
      contentJson,
      sha256: sha256(contentJson),
      createdBy: actor.system ? null : actor.userId,
      createdAt: at,
      signedBy: null,
      signedAt: null,
    })
    .execute();
  return sha256(contentJson);
}

export interface ParagraphInput {
  kind: DraftParagraph['kind'];
  text: string;
  area?: string;
}

export interface SectionInput {
  key: Draft['sections'][number]['key'];
  heading: string;
  paragraphs: ParagraphInput[];
}

/** 发文信息 saved with the paragraphs: each part given replaces the previous one; absent keeps it. */
export interface DocInfoInput {
  header?: { number?: string };
  record?: { cc?: string[]; printer?: string };
}

/**
 * The 版头 and 版记 of a new draft version, empty values left out. 签发人 and 印发日期 are not kept:
 * they are written in when a version is signed (`signedDocInfo`).
 */
export function draftDocInfo(prev: Draft, input: DocInfoInput = {}): Pick<Draft, 'header' | 'record'> {
  const number = (input.header ? input.header.number : prev.header?.number)?.trim();
  const cc = (input.record ? input.record.cc : prev.record?.cc)?.map((c) => c.trim()).filter(Boolean) ?? [];
  const printer = (input.record ? input.record.printer : prev.record?.printer)?.trim();
  return {
    header: number ? { number } : undefined,
    record:
      cc.length || printer ? { ...(cc.length ? { cc } : {}), ...(printer ? { printer } : {}) } : undefined,
  };
}

/**
 * The 版头 and 版记 of a version as it is signed: with a 发文字号, the signing leader is its 签发人
 * (上行文, GB/T 9704-2012 7.2.5); with a 版记, the signing day is its 印发日期 (7.4.3).
 */
export async function signedDocInfo(
  tx: Tx,
  actor: Actor,
  draft: Draft,
  on: string,
): Promise<Pick<Draft, 'header' | 'record'>> {
  const { header, record } = draftDocInfo(draft);
  let signer: string | undefined;
  if (header && !actor.system) {
    const user = await tx
      .selectFrom('appUser')
      .select('displayName')
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    signer = user?.displayName ?? actor.displayName;
  }
  return {
    header: header && signer ? { ...header, signer } : header,
    record: record ? { ...record, printedOn: chineseDate(on) } : undefined,
  };
}

/**
 * Re-binds the figures of the previous version in edited text: a binding stays while the sentence
 * it stated is still in a paragraph of the same section (found again, wherever it moved).
 */
export function rebind(prev: Draft, sections: readonly SectionInput[]): Draft['sections'] {
  return sections.map((s) => {
    const old = prev.sections.find((p) => p.key === s.key);
    const stated: Array<{ b: Binding; text: string }> = [];
    for (const p of old?.paragraphs ?? [])
      for (const b of p.bindings) stated.push({ b, text: p.text.slice(b.start, b.end) });
    const used = new Set<Binding>();
    return {
      key: s.key,
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => {
        const bindings: Binding[] = [];
        for (const { b, text } of stated) {
          if (used.has(b) || !text) continue;
          const at = p.text.indexOf(text);
          if (at < 0) continue;
          used.add(b);
          bindings.push({ ...b, start: at, end: at + text.length });
        }
        bindings.sort((x, y) => x.start - y.start);
        return {
          kind: p.kind,
          text: p.text,
          bindings,
          ...(p.area ? { area: p.area as DraftParagraph['area'] } : {}),
        };
      }),
    };
  });
}

/**
 * The checker on a version's text, with the ledger figures the version was saved with, so the
 * draft-only rules (number/ledger-mismatch) run.
 */
export function checkDraft(draft: Draft): CheckResult {
  return checkText(draftText(draft), { figures: draft.ledger ?? draft.figures, file: `${draft.title}.txt` });
}

export const errorsOf = (r: CheckResult): Finding[] => r.findings.filter((f) => f.severity === 'error');
