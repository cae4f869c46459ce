import { testRule } from '../test-util.ts';
import rule from './redundant-qualifier.ts';

testRule(rule, {
  valid: [
    '累计受教育群众2200余人次。',
    '累计受教育群众超过2200人次。',
    '参与群众约300人。',
    '调解成功率达98%以上。',
    '最近3年多次获评先进。',
    '通过预约300余人次完成办理。',
    '近十余年来持续推进依法治镇。',
  ],
  invalid: [
    {
      text: '累计受教育群众超过2200余人次。',
      excerpts: ['超过2200余'],
      data: { qualifiers: ['超过', '余'] },
    },
    { text: '参与群众约300人左右。', excerpts: ['约300人左右'] },
    { text: '发放资料近约5000份。', excerpts: ['近约5000'] },
    { text: '现场参与人数多达500余人。', excerpts: ['多达500余'] },
    { text: '处理纠纷300余件以上。', excerpts: ['300余件以上'] },
    { text: '覆盖群众两千余人以上。', excerpts: ['两千余人以上'] },
  ],
});
