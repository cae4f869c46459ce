// Chinese labels and options of the study ledger (学法考法).
import type { FieldOption } from '../contract.ts';

/**
 * Kinds of study sessions. 党委理论学习中心组学法 and 常务会议会前学法 follow 《党政主要负责人履行推进
 * 法治建设第一责任人职责规定》第五条、《法治政府建设实施纲要（2021—2025年）》（“健全领导干部学法
 * 用法机制……政府常务会议会前学法”）; lectures and trainings are counted apart in the reports.
 */
export const SESSION_KINDS: readonly FieldOption[] = [
  { value: 'center_group', label: '党委理论学习中心组学法' },
  { value: 'pre_meeting', label: '常务会议会前学法' },
  { value: 'collective', label: '干部职工集中学法' },
  { value: 'court', label: '旁听庭审' },
  { value: 'lecture', label: '法治专题讲座' },
  { value: 'training', label: '法治培训' },
];

/** Kinds counted as 学法活动 (study.sessions): all but lectures and trainings, which have their own. */
export const STUDY_KINDS = ['center_group', 'pre_meeting', 'collective', 'court'] as const;

export const EXAM_FORMS: readonly FieldOption[] = [
  { value: 'online', label: '网上考试' },
  { value: 'closed', label: '闭卷考试' },
  { value: 'open', label: '开卷考试' },
];

export const STATES = [{ id: 'recorded', label: '已登记' }] as const;

export const STUDY_MESSAGES = {
  passedOverTakers: '合格人数不能多于参考人数',
  takersWithPassed: '参考人数和合格人数应当一并填写',
} as const;
