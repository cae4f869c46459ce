// One fuzz input through the whole checker: the time it took, the rules that threw (the engine
// turns them into checker/rule-error findings) and findings with an impossible position.
import { checkReport, RULE_ERROR_ID } from './engine.ts';
import { parseReport } from './structure/index.ts';

export interface FuzzOutcome {
  ms: number;
  crashes: string[];
  badPositions: number;
}

export function fuzzOne(text: string): FuzzOutcome {
  const started = performance.now();
  const report = parseReport({ file: 'fuzz.txt', format: 'txt', text, meta: {} });
  const result = checkReport(report);
  const ms = performance.now() - started;
  return {
    ms,
    crashes: result.findings.filter((f) => f.rule === RULE_ERROR_ID).map((f) => f.message),
    badPositions: result.findings.filter((f) => !(f.line >= 1 && f.column >= 1)).length,
  };
}
