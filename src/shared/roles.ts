// Roles, organisation kinds and capabilities, with their Chinese labels. Shared by server and web.

/** Every role, in the order the workbench offers them. */
export const ROLES = [
  'clerk',
  'officer',
  'mediator',
  'advisor',
  'leader',
  'supervisor',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The three separated administrator roles of 等保2.0 (三员分立: GB/T 22239-2019 8.1.4.2 访问控制 d)
 * “应授予管理用户所需的最小权限，实现管理用户的权限分离”, and 8.1.10 安全管理中心: 系统管理、
 * 审计管理、安全管理). None of them reads business data.
 */
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const satisfies readonly Role[];
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Roles that work on the ledgers. */
export const BUSINESS_ROLES = [
  'clerk',
  'officer',
  'mediator',
  'advisor',
  'leader',
  'supervisor',
] as const satisfies readonly Role[];
export type BusinessRole = (typeof BUSINESS_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '经办人',
  officer: '执法人员',
  mediator: '调解员',
  advisor: '法律顾问',
  leader: '负责人',
  supervisor: '县级监督',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  clerk: '乡镇（街道）各办所工作人员，录入和维护所分配台账的记录',
  officer: '持证行政执法人员，办理本人承办的执法案件',
  mediator: '人民调解员（含村、社区调解员），办理矛盾纠纷记录',
  advisor: '乡镇（街道）聘请的法律顾问，仅处理交办的审查任务',
  leader: '镇长、书记或分管领导，审批签发并查看本乡镇（街道）全部台账',
  supervisor: '依法治县办、司法局，查看全县各乡镇（街道）台账、接收报告、开展体检与督办',
  sysadmin: '管理用户账号与组织机构，不能分配角色，不能查看业务数据',
  secadmin: '分配角色与安全策略，不能管理用户账号，不能查看业务数据',
  auditor: '只读审计日志，不能查看业务数据',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAdminRole(role: string): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

export function isBusinessRole(role: string): role is BusinessRole {
  return (BUSINESS_ROLES as readonly string[]).includes(role);
}

export const ORG_KINDS = ['county', 'township', 'street', 'village', 'community', 'grid'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  county: '县（区）',
  township: '乡镇',
  street: '街道',
  village: '村',
  community: '社区',
  grid: '网格',
};

export function isOrgKind(value: string): value is OrgKind {
  return (ORG_KINDS as readonly string[]).includes(value);
}

/** Which kinds of organisation may be created under a parent of a given kind (null: a root). */
export const ORG_CHILD_KINDS: Record<OrgKind | 'root', readonly OrgKind[]> = {
  root: ['county'],
  county: ['township', 'street'],
  township: ['village', 'community', 'grid'],
  street: ['community', 'village', 'grid'],
  village: ['grid'],
  community: ['grid'],
  grid: [],
};

/** What the menu of the workbench is built from (`GET /api/auth/me` → capabilities). */
export const CAPABILITIES = [
  'admin.users',
  'admin.orgs',
  'admin.roles',
  'audit.read',
  'calendar.manage',
  'calendar.read',
  'checker.use',
  'report.write',
  'report.county',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  'admin.users': '用户管理',
  'admin.orgs': '组织机构管理',
  'admin.roles': '角色授权',
  'audit.read': '审计日志',
  'calendar.manage': '工作日历维护',
  'calendar.read': '工作日历',
  'checker.use': '报告体检',
  'report.write': '年度报告',
  'report.county': '年度报告汇总',
};
