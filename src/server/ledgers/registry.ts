// The explicit list of ledgers. Core, routes and the demo loader reach ledgers only through here.
import { findIndicator } from '../../shared/indicators.ts';
import { advisorLedger } from './advisor/index.ts';
import type { IndicatorDef, LedgerDef, RecordTypeDef } from './contract.ts';
import { decisionsLedger } from './decisions/index.ts';
import { disclosureLedger } from './disclosure/index.ts';
import { disputesLedger } from './disputes/index.ts';
import { emergencyLedger } from './emergency/index.ts';
import { enforcementLedger } from './enforcement/index.ts';
import { leadershipLedger } from './leadership/index.ts';
import { registerLinkTargets } from './links.ts';
import { normativeDocsLedger } from './normative_docs/index.ts';
import { petitionsLedger } from './petitions/index.ts';
import { publicityLedger } from './publicity/index.ts';
import { reviewLitigationLedger } from './review_litigation/index.ts';
import { studyLedger } from './study/index.ts';
import { supervisionLedger } from './supervision/index.ts';

export const LEDGERS: readonly LedgerDef[] = [
  disputesLedger,
  enforcementLedger,
  petitionsLedger,
  publicityLedger,
  studyLedger,
  leadershipLedger,
  decisionsLedger,
  emergencyLedger,
  reviewLitigationLedger,
  normativeDocsLedger,
  disclosureLedger,
  advisorLedger,
  supervisionLedger,
];

export function findLedger(kind: string): LedgerDef | undefined {
  return LEDGERS.find((l) => l.kind === kind);
}

export function findRecordType(ledger: LedgerDef, type: string): RecordTypeDef | undefined {
  return ledger.recordTypes.find((rt) => rt.type === type);
}

/** Every computed indicator with the ledger that computes it. */
export function allIndicators(): Array<{ ledger: LedgerDef; def: IndicatorDef }> {
  return LEDGERS.flatMap((ledger) => ledger.indicators.map((def) => ({ ledger, def })));
}

export function findLedgerIndicator(id: string): { ledger: LedgerDef; def: IndicatorDef } | undefined {
  if (!findIndicator(id)) return undefined;
  return allIndicators().find((x) => x.def.id === id);
}

registerLinkTargets((kind, type) => {
  const ledger = findLedger(kind);
  const rt = ledger && findRecordType(ledger, type);
  return ledger && rt ? { ledger, rt } : undefined;
});
