// A figure as the workbench writes it (up to two decimals, Chinese grouping): apart from figures.ts,
// which loads the indicator catalogue, so the home page's figures do not.
export function formatValue(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
