// Every error code the server can answer with (`{ error: { code, message } }`), and what it means
// in Chinese. The message the user reads comes with each error from the server; these meanings
// document the codes (and `errors.test.ts` checks that the server emits no other code and that the
// web app handles none it never receives).
import { z } from 'zod';

export const ERROR_CODES = {
  // request and session
  VALIDATION: '输入有误（error.fields 按字段说明）',
  BAD_REQUEST: '请求格式不正确',
  NOT_FOUND: '记录或地址不存在，或不在管辖范围内',
  INTERNAL: '服务器内部错误',
  RATE_LIMITED: '请求过于频繁',
  UNAUTHENTICATED: '未登录',
  SESSION_EXPIRED: '会话已超时，请重新登录',
  CSRF: '缺少或错误的 CSRF 令牌',
  FORBIDDEN: '没有执行此操作的权限',
  PASSWORD_CHANGE_REQUIRED: '须先修改密码',
  // login and passwords
  BAD_CREDENTIALS: '用户名或密码错误',
  LOCKED: '账号已锁定（error.lockedUntil）',
  ACCOUNT_DISABLED: '账号已停用',
  WRONG_PASSWORD: '原密码错误',
  WEAK_PASSWORD: '新密码不符合密码策略（含常见密码、键盘连续按键）',
  PASSWORD_REUSED: '新密码与最近使用过的密码相同',
  RESET_CODE_EXPIRED: '一次性验证码已过期或已使用过',
  RESET_NOT_PENDING: '密码重置申请已处理或已被取代',
  RESET_EXPIRED: '密码重置申请已过期',
  AUDITOR_PROTECTED: '审计管理员账号不能由系统管理员停用（三员分立）',
  // organisations, users, roles
  ORG_CODE_TAKEN: '机构代码已被使用',
  ORG_NAME_TAKEN: '同一上级组织下已有同名组织',
  ORG_HAS_ACTIVE_CHILDREN: '组织下还有启用的下级组织',
  ORG_INACTIVE: '组织（或其上级）已停用',
  ORG_IS_OWN: '不能停用本人所属的组织或其上级组织',
  USERNAME_TAKEN: '用户名已被使用',
  USER_HAS_ROLES: '用户在原组织仍有角色授权，不能调整所属组织',
  ROLE_ALREADY_ASSIGNED: '已授予该角色',
  SEPARATION_OF_DUTIES: '违反三员分立',
  // calendar
  CALENDAR_YEAR_MISSING: '工作日历未包含该年度的节假日安排',
  CALENDAR_YEAR_EXISTS: '该年度的节假日安排已添加',
  CALENDAR_YEAR_SHIPPED: '该年度的节假日安排已内置，不能覆盖',
  NOTICE_INVALID: '节假日安排通知的解析结果未通过校验',
  NOTICE_EMPTY: '节假日安排通知为空',
  NOTICE_TOO_LONG: '节假日安排通知过长',
  NOTICE_NO_TITLE: '未找到通知标题',
  NOTICE_YEAR_MISMATCH: '通知年度与所选年度不符',
  NOTICE_LINE_UNREADABLE: '通知中有无法识别的行（error.line）',
  NOTICE_DATE_INVALID: '通知中的日期无效',
  NOTICE_WEEKDAY_MISMATCH: '通知中的星期与日期不符',
  NOTICE_DAY_COUNT_MISMATCH: '通知中的放假天数与日期不符',
  NOTICE_DUPLICATE_DATE: '通知中有重复的日期',
  NOTICE_MAKEUP_NOT_WEEKEND: '调休上班日不是周末',
  NOTICE_NO_HOLIDAYS: '通知中没有节假日',
  // uploads and attachments
  NO_FILE: '未上传文件',
  EMPTY_FILE: '文件为空',
  FILE_TOO_LARGE: '文件超过大小限制',
  TOO_MANY_FILES: '一次上传的文件过多',
  UNSUPPORTED_FILE_TYPE: '不支持的文件类型',
  FILE_TYPE_MISMATCH: '文件内容与扩展名不符',
  FILE_MISSING: '附件文件在存储中缺失',
  // report checker
  CHECKER_BUSY: '体检任务繁忙，请稍后重试',
  CHECK_TOO_LARGE: '一批报告的雷同比对超出限制，请减少文件数',
  // ledgers
  WORKFLOW_REFUSED: '不符合办理条件（error.rule、error.basis）',
  RECORD_FINAL: '记录已办结，不能修改',
  DOC_NO_TAKEN: '案号、文号已被本单位同类同年的另一条记录使用（error.fields、error.next）',
  IMPORT_BAD_FILE: '导入文件无法读取',
  IMPORT_BAD_HEADER: '导入文件的表头与模板不符',
  IMPORT_EMPTY: '导入文件没有数据',
  IMPORT_INVALID: '导入数据有误，全部未导入（error.errors）',
  IMPORT_TOO_LARGE: '导入文件过大',
  IMPORT_TOO_MANY: '导入行数超过上限',
  // annual reports
  PDF_UNAVAILABLE: '服务器未安装 PDF 转换组件',
  PDF_BUSY: 'PDF 转换繁忙，请稍后重试',
  PDF_FAILED: 'PDF 转换失败',
  REPORT_IN_FAZHI: '该乡镇已在本系统起草报告，不需要上传外部报告',
  REPORT_UNREADABLE: '上传的报告无法读取',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Codes the web client makes up itself (never sent by the server): NETWORK when the server cannot
 * be reached, HTTP_<status> for an answer without an error body (a proxy's error page).
 */
export const CLIENT_ERROR_CODES = { NETWORK: '网络连接失败' } as const;
export type ClientErrorCode = keyof typeof CLIENT_ERROR_CODES | `HTTP_${number}`;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

/** The error body of every 4xx/5xx answer. */
export const errorBody = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
