// Report metrics: the figures a report states, as indicators of the shared catalogue.
export { extractFromParagraph, extractMetrics } from './extract.ts';
export { type Figure, findFigures } from './figures.ts';
export { parseChineseNumeral, parseNumber } from './numerals.ts';
