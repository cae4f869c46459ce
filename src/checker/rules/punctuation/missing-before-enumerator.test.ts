import { testRule } from '../test-util.ts';
import rule from './missing-before-enumerator.ts';

testRule(rule, {
  valid: [
    '主要做法：一是健全制度；二是强化培训。三是严格考核。',
    '一是加强学习，二是规范执法。',
    // 统一是 is a word, and a single 一是 is not a sequence
    '思想统一是做好工作的前提，这是经验之一是大家的共识。',
  ],
  invalid: [
    { text: '一是依法办理行政案件二是规范执法程序。', excerpts: ['二是'] },
    { text: '一是开展“法律进村”二是组织旁听庭审。三是举办讲座。', excerpts: ['二是'] },
    { text: '一是健全制度。二是完善台账三是加强考核四是严格问责。', excerpts: ['三是', '四是'] },
  ],
});
