import { testRule } from '../test-util.ts';
import rule from './paragraph.ts';

const A =
  '全镇建立矛盾纠纷排查调处台账，每月组织村（社区）调解委员会开展一次集中排查，对排查出的纠纷逐件明确责任人和办结时限，做到小事不出村、大事不出镇。';
const B =
  '镇司法所联合派出所、法庭建立诉调对接工作机制，对进入诉讼程序的婚姻家庭、邻里纠纷先行开展诉前调解，全年诉前化解纠纷数量较上年明显增加。';

testRule(rule, {
  valid: [
    `${A}\n${B}`,
    // short lines and headings repeat legitimately
    '（一）加强组织领导\n内容一。\n（二）加强组织领导\n内容二。',
    '特此报告。\n特此报告。',
  ],
  invalid: [
    { text: `${A}\n${B}\n${A}`, excerpts: [A.slice(0, 12)] },
    // a near copy: one word changed and a figure updated
    {
      text: `${A}\n${B}\n${A.replace('每月', '每季度').replace('一次', '两次')}`,
      excerpts: ['全镇建立矛盾纠纷'],
    },
  ],
});
