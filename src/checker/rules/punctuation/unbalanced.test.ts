import { testRule } from '../test-util.ts';
import rule from './unbalanced.ts';

testRule(rule, {
  valid: [
    '认真落实“谁执法谁普法”责任制，组织学习《中华人民共和国行政处罚法》。',
    '各村（社区）设立调解室（含网格调解点）。',
    // list markers with a single closing parenthesis
    '1）完善制度；2）加强培训；3）强化考核。',
    '一）健全机制。',
    '依照《行政复议法》（2023年修订）办理。',
    // a straight quote closing a curly one is a half-width slip, not an unbalanced pair
    '开展“法律进乡村"活动。',
  ],
  invalid: [
    { text: '深入开展“法律进乡村活动，发放资料三千份。', excerpts: ['“法律进乡村'], messageId: 'unclosed' },
    { text: '组织学习《中华人民共和国民法典，全镇干部参加。', excerpts: ['《中华人民共和国'] },
    { text: '各村（社区设立调解室。', excerpts: ['（社区设立'] },
    { text: '开展法律进乡村”活动。', excerpts: ['法律进乡村”'], messageId: 'unopened' },
    { text: '【典型案例调解成功一起。', excerpts: ['【典型案例'] },
  ],
});
