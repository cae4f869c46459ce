// Everything a user reads about cross-report copying, in one place.

export const CROSS_REPORT_RULE_ID = 'duplication/cross-report';

export const CROSS_REPORT_DESCRIPTION =
  '批量检查时，发现与其他单位报告大段雷同的文字，提示可能照抄他人报告（同一单位重复报送的不算）。';

export const CROSS_REPORT_MESSAGES = {
  copied: '与{{other}}有 {{count}} 处段落雷同（约 {{percent}}% 文字相同），请核实是否照抄他人报告',
} as const;

const UNKNOWN_ORG = '发文单位不详';

/** How the other report is named in a message: its title and organisation, else its file name. */
export function describeOther(title: string | null, org: string | null, file: string): string {
  const who = org ?? UNKNOWN_ORG;
  const name = title?.replace(/^《|》$/g, '').trim();
  return name ? `《${name}》（${who}）` : `文件“${file}”（${who}）`;
}

export function renderMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A share in (0, 1] as a whole percentage, never shown as 0 when something is shared. */
export function percent(share: number): number {
  return share > 0 ? Math.max(1, Math.round(share * 100)) : 0;
}
