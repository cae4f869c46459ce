// Text output of `fazhi check` for people: one block per file, findings with line:column,
// severity, rule, message and excerpt, then a summary. Colours only when asked (a TTY).
import pc from 'picocolors';
import { SECTION_LABELS } from './rules/structure/labels.ts';
import { type CheckResult, SECTION_KEYS, type Severity } from './types.ts';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function formatText(results: CheckResult[], opts: { color?: boolean } = {}): string {
  const c = pc.createColors(opts.color ?? false);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let unusable = 0;
  for (const r of results) {
    out.push(c.bold(c.underline(r.file)));
    if (r.error) {
      unusable++;
      out.push(`  ${c.red('无法体检')}  ${r.error}`, '');
      continue;
    }
    const facts = [
      `标题：${r.title ?? c.dim('（未识别）')}`,
      `发文机关：${r.org ?? c.dim('（未识别）')}`,
      `年度：${r.year ?? c.dim('（未识别）')}`,
    ];
    out.push(`  ${facts.join('　')}`);
    const present = new Set(r.sections.map((s) => s.key));
    const parts = SECTION_KEYS.map((k) =>
      present.has(k) ? c.green(`✓${SECTION_LABELS[k]}`) : c.red(`✗${SECTION_LABELS[k]}`),
    );
    out.push(`  组成部分：${parts.join('  ')}`);
    const width = Math.max(0, ...r.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of r.findings) {
      totals[f.severity]++;
      const where = `${f.line}:${f.column}`.padEnd(width);
      const excerpt = f.excerpt
        ? c.dim(`「${f.excerpt.length > 30 ? `${f.excerpt.slice(0, 30)}…` : f.excerpt}」`)
        : '';
      out.push(
        `  ${c.dim(where)}  ${paint[f.severity](SEVERITY_LABEL[f.severity])}  ${f.message} ${excerpt} ${c.dim(f.rule)}`,
      );
    }
    if (r.metrics.length) out.push(`  ${c.dim(`提取数据 ${r.metrics.length} 项`)}`);
    out.push('');
  }
  const summary = `共 ${results.length} 个文件：错误 ${totals.error} 个，警告 ${totals.warning} 个，提示 ${totals.info} 个${
    unusable ? `，${unusable} 个文件无法体检` : ''
  }。`;
  out.push(totals.error || unusable ? c.red(summary) : totals.warning ? c.yellow(summary) : c.green(summary));
  return out.join('\n');
}
