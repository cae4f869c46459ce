import { testRule } from '../test-util.ts';
import rule from './gap.ts';

testRule(rule, {
  valid: [
    '一是健全学法制度。二是开展旁听庭审。三是组织年度考试。',
    '一、工作情况\n（一）强化学习\n内容。\n（二）规范执法\n内容。\n二、存在问题\n内容。',
    // sub-lists in another style do not break the outer sequence
    '一、工作情况\n（一）强化学习\n1. 集中学习。\n2. 专题培训。\n（二）规范执法\n内容。',
  ],
  invalid: [
    { text: '一是建立调解台账。三是定期开展回访。', excerpts: ['三是'], data: { expected: 2 } },
    { text: '一、主要举措\n（一）学法\n内容。\n（三）执法\n内容。', excerpts: ['（三）执法'] },
    { text: '一、主要举措\n内容。\n三、下一步安排\n内容。', excerpts: ['三、下一步安排'] },
  ],
});
