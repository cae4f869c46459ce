import { testRule } from '../test-util.ts';
import rule from './impossible.ts';

testRule(rule, {
  valid: [
    '学法考试合格率100%，覆盖率达到100%。',
    '财政收入同比增长率120%。',
    '2024年2月29日召开会议。',
    '12月31日前完成整改，3-5件为一批。',
    '2021-2025年规划。',
    '招商引资年度目标任务完成率120%，预算执行率103%。',
    '受理案件同比-3件。',
    '组织干部参加学法考试，参考40人，合格40人。',
    '调解各类纠纷30件，调解成功28件。',
    '参考人员40人，其中领导干部12人，合格38人。',
    '全乡35名干部参加考试，35人考试合格。',
    '参考人数三十人，合格人数二十九人。',
  ],
  invalid: [
    { text: '全镇干部学法考试合格率达105%。', excerpts: ['合格率达105%'], messageId: 'rateOver100' },
    { text: '全年化解纠纷-3件。', excerpts: ['-3件'], messageId: 'negativeCount' },
    { text: '于2024年13月5日召开会议。', excerpts: ['2024年13月5日'], messageId: 'badDate' },
    { text: '2023年2月29日召开会议。', excerpts: ['2023年2月29日'], messageId: 'badDate' },
    { text: '定于4月31日前完成。', excerpts: ['4月31日'] },
    { text: '执法覆盖率高达110.5%，成效明显。', excerpts: ['覆盖率高达110.5%'] },
    {
      text: '组织全镇干部学法考试，参考40人，合格42人。',
      excerpts: ['参考40人，合格42人'],
      messageId: 'partOverWhole',
    },
    { text: '全年调解纠纷30件，成功调解31件。', excerpts: ['调解纠纷30件，成功调解31件'] },
    { text: '应考人数52名，考试通过55名。', excerpts: ['应考人数52名，考试通过55名'] },
    // issue 14: the part named with a word of its own, figures before their nouns, Chinese numerals
    { text: '组织法律知识测试，参考33人，考试合格36人。', excerpts: ['参考33人，考试合格36人'] },
    { text: '全乡35名干部参加考试，37人考试合格。', excerpts: ['35名干部参加考试，37人考试合格'] },
    { text: '参考人数三十人，合格人数三十二人。', excerpts: ['参考人数三十人，合格人数三十二人'] },
  ],
});
