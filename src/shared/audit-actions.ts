// The audit trail's vocabulary: every action the server writes and every entity type, with the
// Chinese label the auditor reads. Fixed actions are listed here; a ledger's actions are
// `<ledger>.<verb>` (create, update, reveal, import, refused) and `<ledger>.<transition>`, labelled
// from its manifest by `ledgerActionLabel` (the server composes the full catalogue at
// GET /api/audit/actions, and a test checks that every action the demo writes is in it).

export const CORE_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.logout': '退出',
  'auth.password_changed': '修改密码',
  'auth.session_expired': '会话超时',
  'user.create': '创建用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.reset_requested': '重置密码待确认',
  'user.reset_confirmed': '确认重置密码',
  'user.reset_rejected': '拒绝重置密码',
  'user.digest': '修改邮件提醒设置',
  'user.refused': '用户管理被拒绝',
  'user.unlock': '解除锁定',
  'org.create': '创建组织',
  'org.update': '修改组织',
  'role.assign': '分配角色',
  'role.revoke': '撤销角色',
  'calendar.add_year': '添加年度节假日安排',
  'calendar.recompute_deadlines': '节假日安排变更后重新计算期限',
  'attachment.upload': '上传附件',
  'annual_report.create': '年度报告：起草',
  'annual_report.save': '年度报告：保存草稿',
  'annual_report.refused': '年度报告：办理被拒绝',
  'disclosure_report.open': '政府信息公开年度报告：开始编制',
  'disclosure_report.carried': '政府信息公开年度报告：录入上年结转数',
  'disclosure_report.sign': '政府信息公开年度报告：签发',
  'disclosure_report.submit': '政府信息公开年度报告：报送',
  'disclosure_report.publish': '政府信息公开年度报告：向社会公布',
  'external_report.upload': '上传外部年度报告',
  'external_report.replace': '替换外部年度报告',
  'external_report.delete': '删除外部年度报告',
  'portal.apply': '公开门户：网上提交政府信息公开申请',
  'portal.status_lookup': '公开门户：查询申请办理进度',
  'portal.comment': '公开门户：提交决策草案意见',
  'portal.refused': '公开门户：提交未通过验证',
  'portal.rate_limited': '公开门户：提交过于频繁',
  'portal.profile': '设置政府信息公开指南信息',
};

/** The verbs every ledger writes, besides its transitions. */
export const LEDGER_AUDIT_VERBS: Readonly<Record<string, string>> = {
  create: '新建',
  update: '修改',
  reveal: '查看个人信息',
  import: '导入',
  refused: '办理被拒绝',
};

export function ledgerActionLabel(ledgerLabel: string, verbLabel: string): string {
  return `${ledgerLabel}：${verbLabel}`;
}

export const CORE_ENTITY_TYPES: Readonly<Record<string, string>> = {
  user: '用户',
  password_reset: '密码重置申请',
  org: '组织机构',
  role_assignment: '角色授权',
  session: '会话',
  calendar: '工作日历',
  calendar_year: '工作日历',
  attachment: '附件',
  check: '报告体检',
  annual_report: '年度报告',
  external_report: '外部年度报告',
  disclosure_report: '政府信息公开年度报告',
  'portal.profile': '政府信息公开指南信息',
};

export interface AuditCatalogue {
  actions: Array<{ value: string; label: string }>;
  entityTypes: Array<{ value: string; label: string }>;
}
