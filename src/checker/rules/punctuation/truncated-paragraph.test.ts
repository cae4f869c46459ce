import { testRule } from '../test-util.ts';
import rule from './truncated-paragraph.ts';

testRule(rule, {
  valid: [
    '依法公开执法主体、执法依据、执法程序和监督方式。',
    '现将有关情况报告如下：',
    '一、主要举措和成效\n全年办理复议案件两件。',
    // a list written one item per paragraph
    '存在的问题主要有：\n一是少数干部依法行政意识不强；\n二是普法覆盖面不够广。',
    '主要做法：\n1．建立台账，\n2．每月通报。',
    // an item of sentences may go on with ；
    '1．规范执法程序。全面推行执法公示制度；\n2．加强执法监督。',
  ],
  invalid: [
    {
      text: '依法公开执法主体、执法依据、执法程序、\n（二）加强监督\n定期检查。',
      excerpts: ['执法程序、'],
      data: { mark: '、' },
    },
    { text: '全年组织学法活动十二次，', excerpts: ['十二次，'] },
    { text: '健全调解组织；', excerpts: ['健全调解组织；'] },
    // an item of whole sentences that stops on ，
    {
      text: '（二）规范决策\n1．落实合法性审查。镇政府聘请律师担任法律顾问，审查重大决策事项4件，\n（三）严格执法\n全年办理执法案件9件。',
      excerpts: ['审查重大决策事项4件，'],
    },
  ],
});
