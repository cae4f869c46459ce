// Chinese messages of the shared ledger machinery.
import { CLOCK_MESSAGES } from '../core/workflow/messages.ts';

export const LEDGER_MESSAGES = {
  noLedger: (kind: string) => `台账“${kind}”不存在`,
  noType: (type: string) => `记录类型“${type}”不存在`,
  noTransition: (id: string) => `办理环节“${id}”不存在`,
  record: '记录',
  forbiddenLedger: (label: string) => `您的角色不能使用“${label}”`,
  forbiddenAction: (label: string) => `您的角色不能执行“${label}”`,
  orgOutOfScope: '所选机构不在您的管辖范围内',
  orgUnknown: '所选机构不存在',
  userUnknown: '所选人员不存在或已停用',
  userOutOfScope: (label: string, roles: string[]) =>
    `${label}须是本记录所属组织（或其上级、下级组织）中担任${roles.join('、')}的人员，所选人员不符合`,
  attachmentUnknown: (id: number) => `附件 ${id} 不存在、不在您的管辖范围内或不是您本人上传的`,
  finalState: (state: string) => `记录已处于“${state}”状态，不能再修改`,
  wrongState: (state: string, action: string) => `当前状态为“${state}”，不能办理“${action}”`,
  futureDate: '办理日期不能晚于今天',
  beforeStart: (start: string) => `办理日期不能早于记录日期（${start}）`,
  refusedAudit: '办理被拒绝',
  revealNotSensitive: (label: string) => `“${label}”不是需要授权查看的个人信息`,
  revealEmpty: (label: string) => `该记录未登记“${label}”`,
  calendarMissing: CLOCK_MESSAGES.calendarMissing,
  importNoFile: '请上传 XLSX 文件（字段 file）',
  importBadFile: '无法读取上传的文件，请使用从本系统下载的 XLSX 模板',
  importNoHeader: (labels: string[]) => `表头缺少必填列：${labels.join('、')}`,
  importEmpty: '文件中没有数据行',
  importTooMany: (max: number) => `一次最多导入 ${max} 行`,
  importTooLarge: (limitMb: number, actualMb: number, rows: number) =>
    `文件解压后约 ${Math.ceil(actualMb)} MB，超过导入上限 ${limitMb} MB，未导入任何记录。一次最多导入 ${rows} 行，请拆分后分批导入`,
  importFileTooLarge: (limitMb: number, rows: number) =>
    `文件超过导入上限 ${limitMb} MB，未导入任何记录。一次最多导入 ${rows} 行，请拆分后分批导入`,
  importInvalid: (n: number) => `导入失败：${n} 处错误，未导入任何记录。请修改后重新上传`,
  importRequired: '必填',
  importBadEnum: (options: string[]) => `应为以下之一：${options.join('、')}`,
  importBadDate: '应为日期（如 2026-03-01）',
  importBadNumber: '应为数字',
  importBadBool: '应为“是”或“否”',
  importBadOrg: '未找到该机构，或不在您的管辖范围内（填写机构名称或代码）',
  importBadUser: '未找到该人员（填写姓名或账号）',
  noUserField: (field: string) => `“${field}”不是人员字段`,
  indicatorUnknown: (id: string) => `指标“${id}”不存在`,
  yes: '是',
  no: '否',
  requiredMark: '（必填）',
} as const;

export { BOARD_LABELS } from '../core/workflow/messages.ts';
