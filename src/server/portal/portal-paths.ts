// Addresses of the portal's citizen-facing pages beyond the published sections: the online
// 依申请公开 form and its status lookup, the 政府信息公开指南, 重大行政决策 with their comment forms,
// and 规范性文件.
import { PORTAL_PREFIX } from './pages.ts';

const org = (code: string) => `${PORTAL_PREFIX}/${encodeURIComponent(code)}`;

export const portalPaths = {
  apply: (code: string) => `${org(code)}/apply`,
  status: () => `${PORTAL_PREFIX}/apply/status`,
  guide: (code: string) => `${org(code)}/guide`,
  decisions: (code: string) => `${org(code)}/decisions`,
  decision: (code: string, id: number) => `${org(code)}/decisions/${id}`,
  normative: (code: string) => `${org(code)}/normative`,
};

/** The township page's links to these pages (slug and title, as the sections'). */
export const FORM_LINKS = [
  { slug: 'guide', title: '政府信息公开指南' },
  { slug: 'apply', title: '网上申请政府信息公开' },
  { slug: 'decisions', title: '重大行政决策' },
  { slug: 'normative', title: '行政规范性文件' },
] as const;
