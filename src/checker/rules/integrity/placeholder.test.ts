import { testRule } from '../test-util.ts';
import rule from './placeholder.ts';

testRule(rule, {
  valid: [
    '全年办理行政处罚案件12件，罚没款1.2万元。',
    '开展“法律明白人”培训，覆盖全镇12个村（社区）。',
    '补充完善《镇政府法律顾问工作规则》，待补充材料已于3月报送。',
    '推行XBRL格式财务报表，采购X光安检机2台。',
    '严格执行《中华人民共和国行政处罚法》（2021年修订）。',
    // A family name followed by masked given name: a person named on purpose without the full name.
    '镇综合行政执法队对李××家门前违规搭建的彩钢棚依法作出处理。',
    '王××同志因违反工作纪律受到诫勉谈话。',
    '欧阳××村民不服处理决定申请行政复议，复议机关维持原决定。',
    '刘XX名下的两处房屋经调查认定为违法建设。',
    '标有*号的数字为初步统计数，最终以统计部门公布为准。',
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
    // Before a place name a family-name character does not make a stand-in a person's name.
    { text: '江苏××市××镇人民政府2025年度法治政府建设情况报告', excerpts: ['××市', '××镇'] },
    { text: '镇长×××同志主持召开专题会议。', excerpts: ['×××同志'], messageId: 'standIn' },
    { text: '于XX村召开村民代表会议，审议村规民约修订稿。', excerpts: ['XX村'] },
    { text: '全年召开法治建设专题会议*次，研究解决问题*个。', excerpts: ['会议*次', '问题*个'] },
  ],
});
