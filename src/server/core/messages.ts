// Every sentence the core domain layer says to a user, in Simplified Chinese, in one place.
import { ROLE_LABELS, type Role } from '../../shared/roles.ts';

export const POLICY_MESSAGES = {
  notSelf: '不能对本人账号执行此管理操作',
  adminNoBusiness: '管理员账号不能访问业务数据（三员分立）',
  adminConflict: '该账号同时持有多个管理员角色，违反三员分立要求，管理权限已停用，请联系安全管理员处理',
  outOfScope: '目标组织不在您的管辖范围内',
  needRole: (labels: string[]) => `此操作需要以下角色之一：${labels.join('、')}`,
};

export const PASSWORD_MESSAGES = {
  tooShort: (n: number) => `密码至少 ${n} 位`,
  tooFewClasses: (n: number) => `密码须包含大写字母、小写字母、数字、符号中的至少 ${n} 类`,
  containsUsername: '密码不能包含用户名',
  sameAsOld: '新密码不能与原密码相同',
  wrongOld: '原密码不正确',
  common: '该密码过于常见或是键盘上的连续按键，容易被猜中，请换一个',
  reused: (n: number) => `新密码不能与最近 ${n} 次使用过的密码相同`,
};

export const AUDIT_MESSAGES = {
  missing: (seq: number, found: number) =>
    found === seq + 1
      ? `第 ${seq} 条审计事件缺失（已被删除）`
      : `第 ${seq} 至 ${found - 1} 条审计事件缺失（已被删除）`,
  edited: (seq: number) => `第 ${seq} 条审计事件的内容与其哈希值不符（事件被修改或调换了顺序）`,
  link: (seq: number) => `第 ${seq} 条审计事件与上一条的哈希链接断裂（事件被删除、插入或调换了顺序）`,
  unkeyed: (seq: number) =>
    `第 ${seq} 条审计事件的哈希值未使用审计密钥计算（其后的事件被不掌握密钥的人重新计算）`,
  forgedCheckpoint: (line: number) => `审计校验点文件第 ${line} 行的签名无效（校验点被伪造或修改）`,
  truncated: (seq: number, at: string, count: number) =>
    `审计链被截断：校验点（${at}）记录了第 ${seq} 条事件，数据库现只有 ${count} 条（其后的事件被删除）`,
  rewritten: (seq: number, at: string) =>
    `第 ${seq} 条审计事件与校验点（${at}）记录的哈希值不符（审计链被替换或回退）`,
  badDate: '日期格式应为 YYYY-MM-DD 或 ISO 时间',
};

export const ORG_MESSAGES = {
  what: '组织机构',
  codeTaken: (code: string) => `机构代码 ${code} 已被使用`,
  nameTaken: (name: string) => `同一上级组织下已有名为“${name}”的组织`,
  kindNotAllowed: (child: string, parent: string) => `${parent}下不能设立${child}`,
  rootKind: '顶级组织只能是县（区）',
  parentInactive: '上级组织已停用，不能在其下新建或启用组织',
  hasActiveChildren: '该组织下还有启用的下级组织，请先停用下级组织',
  ownOrg: '不能停用您本人所属的组织或其上级组织',
};

export const USER_MESSAGES = {
  what: '用户',
  usernameTaken: (username: string) => `用户名 ${username} 已被使用`,
  orgInactive: '所选组织已停用',
  rolesOutside: '该用户在原组织仍有角色授权，请先由安全管理员撤销这些角色，再调整所属组织',
  auditorProtected:
    '三员分立：审计管理员账号不能由系统管理员停用（审计管理员负责监督系统管理员和安全管理员的操作）。确需更换审计管理员，请由安全管理员先授予新的审计管理员',
  operatorOnly: '由管理员指定新密码只能在服务器上通过命令行进行；在系统中重置密码请使用一次性验证码',
};

export const RESET_MESSAGES = {
  what: '密码重置申请',
  notPending: '该密码重置申请已确认、已拒绝或已被新的申请取代',
  expired: '该密码重置申请已过期，请系统管理员重新发起',
  wrongConfirmer: (role: Role) => `此密码重置须由${ROLE_LABELS[role]}确认`,
  notRequester: '只能由发起重置的系统管理员以外的管理员确认',
  codeExpired: '一次性验证码已过期或已使用过，请联系系统管理员重新重置密码',
};

export const ROLE_MESSAGES = {
  what: '角色授权',
  outsideUserOrg: '角色的适用组织必须是该用户所属组织或其下级组织',
  already: (role: Role) => `该用户在此组织已有“${ROLE_LABELS[role]}”角色`,
  twoAdmins: (has: Role, wants: Role) =>
    `三员分立：该用户已是${ROLE_LABELS[has]}，不能再担任${ROLE_LABELS[wants]}。系统管理员、安全管理员、审计管理员须由不同人员担任`,
  adminWithBusiness: (has: Role, wants: Role) =>
    `三员分立：该用户已有“${ROLE_LABELS[has]}”角色，不能再授予“${ROLE_LABELS[wants]}”。管理员账号不能同时担任业务角色`,
  orgInactive: '所选组织已停用，不能在其下授予角色',
};

export const AUTH_MESSAGES = {
  badCredentials: (left: number) => (left > 0 ? `用户名或密码错误，还可尝试${left}次` : '用户名或密码错误'),
  locked: (until: string) =>
    `登录失败次数过多，账号已锁定，请于 ${until}（北京时间）后重试，或联系系统管理员解锁`,
  disabled: '账号已停用，请联系系统管理员',
  sessionExpired: '登录已超时，请重新登录',
  noSession: '请先登录',
};

export const ATTACHMENT_MESSAGES = {
  what: '附件',
  tooLarge: (limitMb: string) => `文件超过 ${limitMb} MB 的上限`,
  empty: '文件为空',
  unsupported: (ext: string, allowed: string) =>
    `不支持的文件类型${ext ? `（.${ext}）` : ''}，允许上传：${allowed}`,
  mismatch: (ext: string, actual: string) => `文件内容与扩展名不符：文件名为 .${ext}，实际内容是${actual}`,
  missingFile: '附件文件在存储中缺失，请联系系统管理员',
  otherZip: '其他内容的 ZIP 压缩包（不含该格式必需的文档部件）',
};

/** Human names of file kinds, for messages. */
export const FILE_KIND_LABELS: Record<string, string> = {
  pdf: 'PDF 文档',
  docx: 'Word 文档（docx）',
  xlsx: 'Excel 表格（xlsx）',
  pptx: 'PowerPoint 演示文稿（pptx）',
  ofd: 'OFD 版式文档',
  doc: 'Word 97-2003 文档（doc）',
  xls: 'Excel 97-2003 表格（xls）',
  cfb: 'Office 97-2003 文档',
  zip: 'ZIP 压缩包',
  jpg: 'JPEG 图片',
  png: 'PNG 图片',
  gif: 'GIF 图片',
  webp: 'WebP 图片',
  mp4: 'MP4 视频',
  mov: 'QuickTime 视频',
  mp3: 'MP3 音频',
  wav: 'WAV 音频',
  m4a: 'M4A 音频',
  txt: '纯文本',
  unknown: '无法识别的二进制内容',
};
