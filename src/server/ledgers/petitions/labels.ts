// Chinese labels and options of the petitions ledger (信访 and 12345-style hotline tickets).
import type { FieldOption } from '../contract.ts';
import { HOTLINE_CHANNELS } from './rules.ts';

/** 《信访工作条例》第十七条: 信访人……可以采用信息网络、书信、电话、传真、走访等形式. */
export const CHANNELS: readonly FieldOption[] = [
  { value: 'letter', label: '来信' },
  { value: 'visit', label: '来访' },
  { value: 'online', label: '网上信访' },
  { value: 'phone', label: '电话' },
];

export const CATEGORIES: readonly FieldOption[] = [
  { value: 'land', label: '土地承包与流转' },
  { value: 'expropriation', label: '征地拆迁与补偿' },
  { value: 'construction', label: '城乡建设与住房' },
  { value: 'labour', label: '劳动和社会保障' },
  { value: 'welfare', label: '民政与社会救助' },
  { value: 'environment', label: '生态环境' },
  { value: 'agriculture', label: '农业农村' },
  { value: 'transport', label: '交通与道路' },
  { value: 'health', label: '卫生健康' },
  { value: 'education', label: '教育' },
  { value: 'legal', label: '政法（涉法涉诉）' },
  { value: 'other', label: '其他' },
];

/** 处理意见: whether the petition is supported, as the written reply states it. */
export const OPINIONS: readonly FieldOption[] = [
  { value: 'support', label: '予以支持' },
  { value: 'partial', label: '部分支持' },
  { value: 'reject', label: '不予支持' },
];

export const REVIEW_OPINIONS: readonly FieldOption[] = [
  { value: 'upheld', label: '维持原处理意见' },
  { value: 'changed', label: '变更原处理意见' },
  { value: 'revoked', label: '撤销原处理意见并重新办理' },
];

export const SATISFACTION: readonly FieldOption[] = [
  { value: 'satisfied', label: '满意' },
  { value: 'basic', label: '基本满意' },
  { value: 'dissatisfied', label: '不满意' },
];

export const PETITION_STATES = [
  { id: 'registered', label: '已登记' },
  { id: 'accepted', label: '已受理（办理中）' },
  { id: 'transferred', label: '已转送交办', final: true },
  { id: 'notified', label: '已告知', final: true },
  { id: 'answered', label: '已出具处理意见' },
  { id: 'reviewing', label: '复查中' },
  { id: 'reviewed', label: '已复查' },
  { id: 'rechecking', label: '复核中' },
  { id: 'rechecked', label: '已复核', final: true },
  { id: 'closed', label: '已办结', final: true },
] as const;

export const TICKET_CHANNELS: readonly FieldOption[] = HOTLINE_CHANNELS.map((c) => ({
  value: c.value,
  label: c.label,
}));

export const TICKET_CATEGORIES: readonly FieldOption[] = [
  { value: 'consult', label: '咨询' },
  { value: 'help', label: '求助' },
  { value: 'complaint', label: '投诉' },
  { value: 'report', label: '举报' },
  { value: 'suggestion', label: '意见建议' },
];

export const TICKET_STATES = [
  { id: 'dispatched', label: '待签收' },
  { id: 'handling', label: '办理中' },
  { id: 'replied', label: '已办结回复' },
  { id: 'evaluated', label: '已回访评价', final: true },
  { id: 'returned', label: '已退单', final: true },
] as const;

export const PETITION_MESSAGES = {
  extensionTwice: '办理期限只能延长一次',
  extensionTooLong: (max: number) => `延长期限不得超过${max}日`,
  extensionNeedsApproval: '延长办理期限应当经本机关、单位负责人批准，请登记批准人和批准日期',
  extensionApprovalLater: '批准日期不能晚于延期登记日期',
  extensionLate: (due: string) => `办理期限已于 ${due} 届满，延长办理期限应当在期限届满前批准`,
  deliveredBeforeAnswer: '信访人收到书面答复的日期不能早于出具处理意见的日期',
  reviewLate: (last: string) => `信访人应当自收到书面答复之日起30日内请求复查，请求期限已于 ${last} 届满`,
  recheckLate: (last: string) => `信访人应当自收到复查意见之日起30日内请求复核，请求期限已于 ${last} 届满`,
  requestBeforeDelivery: '请求日期不能早于信访人收到书面答复的日期',
  concludeEarly: (last: string) =>
    `信访人可在 ${last} 前请求复查（复核），请求期限届满或信访人表示满意、基本满意后方可办结`,
  returnNeedsReason: '退单应当说明不属于本单位职责范围的理由',
} as const;
