// Chinese labels and options of the disputes ledger (矛盾纠纷).
import type { FieldOption } from '../contract.ts';

export const SOURCES: readonly FieldOption[] = [
  { value: 'screening', label: '排查' },
  { value: 'visit', label: '来访' },
  { value: 'grid', label: '网格' },
  { value: 'police', label: '警调对接' },
  { value: 'court', label: '诉调对接' },
  { value: 'hotline', label: '12345' },
];

export const CATEGORIES: readonly FieldOption[] = [
  { value: 'neighbour', label: '邻里纠纷' },
  { value: 'family', label: '婚姻家庭纠纷' },
  { value: 'land', label: '土地纠纷' },
  { value: 'grassland', label: '草山纠纷' },
  { value: 'labour', label: '劳资纠纷' },
  { value: 'contract', label: '合同纠纷' },
  { value: 'damages', label: '损害赔偿纠纷' },
  { value: 'other', label: '其他纠纷' },
];

export const METHODS: readonly FieldOption[] = [
  { value: 'people', label: '人民调解' },
  { value: 'administrative', label: '行政调解' },
  { value: 'judicial', label: '司法调解' },
  { value: 'joint', label: '联合调解' },
];

/** 《人民调解法》第二十八条: 书面调解协议, or an oral agreement whose content the mediator records. */
export const AGREEMENT_FORMS: readonly FieldOption[] = [
  { value: 'written', label: '书面调解协议' },
  { value: 'oral', label: '口头协议' },
];

/** 《人民调解法》第二十六条: 告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利. */
export const REFERRALS: readonly FieldOption[] = [
  { value: 'litigation', label: '引导诉讼' },
  { value: 'arbitration', label: '引导仲裁' },
  { value: 'administrative', label: '引导行政途径处理' },
];

export const TERMINATION_REASONS: readonly FieldOption[] = [
  { value: 'refused', label: '一方明确拒绝调解' },
  { value: 'withdrawn', label: '当事人要求终止调解' },
  { value: 'other_channel', label: '已进入诉讼、仲裁或行政处理程序' },
  { value: 'unreachable', label: '当事人无法联系' },
];

export const VISIT_RESULTS: readonly FieldOption[] = [
  { value: 'fulfilled', label: '协议已履行' },
  { value: 'partial', label: '协议部分履行' },
  { value: 'unfulfilled', label: '协议未履行，已督促' },
];

export const STATES = [
  { id: 'accepted', label: '已受理' },
  { id: 'mediating', label: '调解中' },
  { id: 'succeeded', label: '调解成功', final: true },
  { id: 'failed', label: '调解不成', final: true },
  { id: 'terminated', label: '已终止', final: true },
] as const;

export const DISPUTE_MESSAGES = {
  needMediator: '开始调解前应当指定调解员',
  needWrittenAgreement:
    '书面调解协议应当由各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章，请上传调解协议书',
  needOralContent: '口头协议的，人民调解员应当记录协议内容，请填写协议内容',
  needReferral: '调解不成的，应当终止调解并告知当事人可以通过仲裁、行政、司法等途径维护权利，请记录引导途径',
  needTerminationReason: '请选择终止调解的原因',
  needRiskNote: '请说明可能激化的情形和已采取的预防措施',
  noRisk: '该纠纷未标记民转刑风险',
  visitBeforeConclusion: '回访日期不能早于调解结案日期',
  concludedBeforeAccepted: '结案日期不能早于受理日期',
  riskAlert: '民转刑风险',
} as const;
