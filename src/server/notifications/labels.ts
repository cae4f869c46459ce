// Every Chinese string of the notification bell.
import type { NOTIFICATION_CATEGORIES } from '../../shared/api/notifications.ts';

export const CATEGORY_LABELS: Record<(typeof NOTIFICATION_CATEGORIES)[number], string> = {
  assigned: '分配给我',
  due_soon: '即将到期',
  returned: '被退回',
  supervision_received: '收到督办',
  supervision_replied: '督办已回复',
};

export const NOTIFICATION_TEXT = {
  dueIn: (label: string, due: string, days: number) =>
    days === 0 ? `${label}今天到期（${due}）` : `${label}还剩 ${days} 个工作日（${due}到期）`,
  assigned: (label: string, status: string) => `${label}：${status}`,
  returned: (by: string, on: string, reason: string | null) =>
    `${by}于${on}退回${reason ? `：${reason}` : ''}`,
  received: (org: string, due: string, returned: boolean) =>
    `${returned ? '督办回复被退回，请重新办理' : `${org}收到督办通知`}，办理期限${due}`,
  replied: (org: string, on: string | null) => `${org}已于${on ?? ''}回复办理情况，请审核办结或退回`,
  reportReturned: '法治政府建设年度报告',
} as const;

export const DIGEST_TEXT = {
  subject: (day: string, n: number) => `【法治政府建设工作台】${day}待办提醒：${n}项事项需要您处理`,
  greeting: (name: string) => `${name}同志：`,
  intro: (day: string, n: number) => `截至${day}，工作台中有${n}项事项需要您处理或关注：`,
  footer: '请登录法治政府建设工作台办理。本邮件由系统每日自动发送，请勿直接回复。',
  optOut: '如不需要每日邮件提醒，可在工作台右上角“邮件提醒”中关闭。',
  defaultFrom: '法治政府建设工作台 <noreply@localhost>',
  invalidEmail: '电子邮箱格式不正确',
} as const;
