// Chinese names of the required parts of the annual report (《法治政府建设与责任落实督察工作规定》
// 第二十五条), used in the structure rules' messages.
import type { SectionKey } from '../../types.ts';

export const SECTION_LABELS: Record<SectionKey, string> = {
  measures: '主要举措和成效',
  shortcomings: '存在的不足',
  reasons: '存在不足的原因',
  leaders: '党政主要负责人履行推进法治建设第一责任人职责情况',
  plans: '下一年度主要安排',
};

export const SECTION_BASIS = '《法治政府建设与责任落实督察工作规定》第二十五条';
