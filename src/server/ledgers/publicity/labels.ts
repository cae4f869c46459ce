// Chinese labels and options of the publicity ledger (普法宣传).
import type { FieldOption } from '../contract.ts';

export const ACTIVITY_KINDS: readonly FieldOption[] = [
  { value: 'campaign', label: '宣传活动' },
  { value: 'talk', label: '宣讲' },
  { value: 'lecture', label: '讲座' },
  { value: 'consultation', label: '法律咨询' },
  { value: 'online', label: '新媒体推送' },
];

/** Kinds counted as 宣讲、讲座 (publicity.talks). */
export const TALK_KINDS = ['talk', 'lecture'] as const;

/**
 * Key dates of the publicity calendar: 国际消费者权益日 (3月15日), 全民国家安全教育日 (4月15日,
 * 《中华人民共和国国家安全法》第十四条), 国际禁毒日 (6月26日), 民法典宣传月 (5月, 中央宣传部、
 * 司法部、全国普法办部署), 国家宪法日 (12月4日, 全国人大常委会2014年11月1日决定) and its 宪法宣传周.
 */
export const KEY_DATES: readonly FieldOption[] = [
  { value: '0315', label: '3·15 国际消费者权益日' },
  { value: '0415', label: '4·15 全民国家安全教育日' },
  { value: 'civil_code_month', label: '5月 民法典宣传月' },
  { value: '0626', label: '6·26 国际禁毒日' },
  { value: '1204', label: '12·4 国家宪法日（宪法宣传周）' },
];

/** 法律“八进”: where an activity went. */
export const VENUES: readonly FieldOption[] = [
  { value: 'organ', label: '进机关' },
  { value: 'village', label: '进乡村' },
  { value: 'community', label: '进社区' },
  { value: 'school', label: '进学校' },
  { value: 'enterprise', label: '进企业' },
  { value: 'unit', label: '进单位' },
  { value: 'online', label: '网络' },
];

/** Themes, one yes/no field each so an activity can carry several and each can be counted. */
export const THEMES = [
  { field: 'themeConstitution', label: '宪法' },
  { field: 'themeCivilCode', label: '民法典' },
  { field: 'themeNationalSecurity', label: '国家安全' },
  { field: 'themeAntiDrug', label: '禁毒' },
  { field: 'themeAntiFraud', label: '反电信网络诈骗' },
  { field: 'themeMinors', label: '未成年人保护' },
  { field: 'themeConsumer', label: '消费者权益保护' },
  { field: 'themeSafety', label: '安全生产' },
] as const;

export const LIAISON_ROLES: readonly FieldOption[] = [
  { value: 'cadre', label: '村（社区）“两委”干部' },
  { value: 'grid', label: '网格员' },
  { value: 'mediator', label: '人民调解员' },
  { value: 'member', label: '党员' },
  { value: 'elder', label: '乡贤能人' },
  { value: 'villager', label: '村（居）民' },
];

export const ACTIVITY_STATES = [{ id: 'recorded', label: '已登记' }] as const;
export const DUTY_STATES = [{ id: 'recorded', label: '已登记' }] as const;
export const LIAISON_STATES = [
  { id: 'active', label: '在册' },
  { id: 'left', label: '已退出', final: true },
] as const;

export const PUBLICITY_MESSAGES = {
  leftBeforeAppointed: '退出日期不能早于确认日期',
  trainedBeforeBorn: '培训日期不能晚于今天',
} as const;
