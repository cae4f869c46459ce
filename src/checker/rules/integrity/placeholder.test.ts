import { testRule } from '../test-util.ts';
import rule from './placeholder.ts';

testRule(rule, {
  valid: [
    '全年办理行政处罚案件12件，罚没款1.2万元。',
    '开展“法律明白人”培训，覆盖全镇12个村（社区）。',
    '补充完善《镇政府法律顾问工作规则》，待补充材料已于3月报送。',
    '推行XBRL格式财务报表，采购X光安检机2台。',
    '严格执行《中华人民共和国行政处罚法》（2021年修订）。',
  ],
  invalid: [
    {
      text: '（三）依法行政制度体系\n【待补充】2025年度台账中没有本领域的记录。',
      excerpts: ['【待补充】'],
      messageId: 'note',
    },
    {
      text: '由镇长【请据实填写姓名】主持召开专题会议。',
      excerpts: ['【请据实填写姓名】'],
      messageId: 'note',
    },
    { text: 'XX镇人民政府关于2025年度法治政府建设情况的报告', excerpts: ['XX镇'], messageId: 'standIn' },
    { text: '于X月X日召开党委理论学习中心组学法会议。', excerpts: ['X月X日'] },
    { text: '××街道全年化解矛盾纠纷35件，20XX年将继续推进。', excerpts: ['××街', '20XX年'] },
  ],
});
