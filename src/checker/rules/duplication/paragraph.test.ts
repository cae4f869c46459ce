import { expect, it } from 'vitest';
import { check, testRule } from '../test-util.ts';
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
    // the drafted report's own placeholders, however alike, are the user's to fill (issue 14)
    `【待补充】2025年度台账中有行政执法案件记录。请据实填写本年度行政执法接受监督的情况：执法案卷评查和监督检查中发现的问题及整改。\n【待补充】2025年度台账中有行政检查记录。请据实填写本年度行政执法接受监督的情况：执法案卷评查和监督检查中发现的问题及整改。`,
  ],
  invalid: [
    {
      text: `${A}\n${B}\n${A}`,
      excerpts: [A.slice(0, 12)],
    },
    // a near copy: one word changed and a figure updated
    {
      text: `${A}\n${B}\n${A.replace('每月', '每季度').replace('一次', '两次')}`,
      excerpts: ['全镇建立矛盾纠纷'],
    },
  ],
});

it('names the first paragraph in one unit (段), with its opening words', () => {
  const [found] = check(rule, `${A}\n${B}\n${A}`);
  const message = rule.meta.messages[found.messageId].replace(/\{\{(\w+)\}\}/g, (_, k: string) =>
    String(found.params?.[k]),
  );
  expect(message).toMatch(
    /^本段与前文第1段（“全镇建立矛盾纠纷排查调处”…）|^本段与前文第1段（“全镇建立矛盾纠纷排查调处…”）/,
  );
  expect(message).toContain('相似度100%');
  expect(message).not.toContain('行');
});
