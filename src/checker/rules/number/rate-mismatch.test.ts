import { testRule } from '../test-util.ts';
import rule from './rate-mismatch.ts';

testRule(rule, {
  valid: [
    // 92 / 94 = 97.9%: rounding to 98 or truncating to 97 are both honest
    '全年调解纠纷94件，成功92件，成功率97%。',
    '全年调解纠纷94件，成功92件，成功率98%。',
    '受理复议申请8件，办结8件，办结率100%。',
    // rounded counts cannot be checked
    '共处理纠纷300余件，调解成功率达98%以上。',
    '受理案件50件，其中调解成功40件以上，成功率达95%。',
    // counts in different sentences do not belong together
    '受理案件50件。另有成功案例10件，成功率99%。',
    // two possible totals: 30 of 50 accepted cases or of 48 closed ones
    '受理案件50件，办结48件，办结率96%，其中调解成功30件，调解成功率60%。',
    // a lower bound that the counts meet
    '受理投诉120件，办结118件，办结率达98%以上。',
  ],
  invalid: [
    {
      text: '全年调解纠纷94件，成功92件，成功率99%。',
      excerpts: ['成功率99%'],
      data: { stated: 99, computed: 97.9 },
    },
    {
      text: '共受理行政复议申请20件，依法办结15件，办结率达100%。',
      excerpts: ['办结率达100%'],
      data: { stated: 100, computed: 75 },
    },
    { text: '组织学法考试，参考120人，合格96人，合格率90.5%。', excerpts: ['合格率90.5%'] },
  ],
});
