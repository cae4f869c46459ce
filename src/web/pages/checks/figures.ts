// Indicator labels and value formatting for the figures a report states.

import type { Metric } from '../../../shared/api/checks.ts';
import { findIndicator, INDICATORS } from '../../../shared/indicators.ts';
import { L } from '../../labels.ts';
import { formatValue } from './format-value.ts';

const ORDER = new Map(INDICATORS.map((ind, i) => [ind.id, i]));

export function indicatorLabel(id: string): string {
  return findIndicator(id)?.label ?? L.checker.figures.unknownIndicator;
}

/** The label without its parenthesised explanation, for narrow column headers. */
export function shortIndicatorLabel(id: string): string {
  return indicatorLabel(id).replace(/（[^）]*）$/, '');
}

/** Catalogue order, unknown ids last. */
export function indicatorOrder(id: string): number {
  return ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
}

export { formatValue };

/** A figure as prose states it: 约208件, 2200余人次, 100%. */
export function formatMetric(m: Metric): string {
  const v = formatValue(m.value);
  switch (m.qualifier) {
    case 'approx':
      return `约${v}${m.unit}`;
    case 'over':
      return `${v}余${m.unit}`;
    case 'under':
      return `不足${v}${m.unit}`;
    default:
      return `${v}${m.unit}`;
  }
}
