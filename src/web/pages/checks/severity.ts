// Colours of the three severities, shared by the text marks, tags and counters.
import type { Severity } from '../../../shared/api/checks.ts';

export const SEVERITY_COLOR: Record<Severity, { fg: string; bg: string; tag: string }> = {
  error: { fg: '#cf1322', bg: '#fff1f0', tag: 'error' },
  warning: { fg: '#d46b08', bg: '#fff7e6', tag: 'warning' },
  info: { fg: '#1677ff', bg: '#e6f4ff', tag: 'processing' },
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
