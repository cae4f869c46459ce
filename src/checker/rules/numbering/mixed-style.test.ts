import { testRule } from '../test-util.ts';
import rule from './mixed-style.ts';

testRule(rule, {
  valid: [
    '一、工作情况\n（一）强化学习\n内容。\n（二）规范执法\n内容。\n（三）化解纠纷\n内容。',
    // nested lists of another style are children, not siblings
    '一、工作情况\n（一）强化学习\n1. 集中学习。\n2. 专题培训。\n（二）规范执法\n（1）执法公示。\n（2）全过程记录。',
    '1. 落实公示制度。\n2. 落实记录制度。\n3. 落实审核制度。',
  ],
  invalid: [
    {
      text: '一、工作情况\n（1）深入学法\n内容。\n（2）健全制度\n内容。\n（三）严格执法\n内容。',
      excerpts: ['（三）严格执法'],
    },
    {
      text: '一、工作情况\n1. 落实公示制度。\n（二）落实记录制度。\n3. 落实审核制度。',
      excerpts: ['（二）落实记录'],
    },
    {
      text: '一、工作情况\n（一）学法\n内容。\n（二）普法\n内容。\n（3）执法\n内容。\n（四）监督\n内容。',
      excerpts: ['（3）执法'],
    },
    // the inner list's third item written like the outer heading it sits under
    {
      text: '一、工作情况\n（一）学法\n内容。\n（二）普法\n内容。\n（三）执法\n1. 规范检查。\n2. 涉企检查。\n（1）合并检查事项；\n（2）信用好的企业少查；\n（三）检查后回访企业，听取意见。\n3. 加强监督。',
      excerpts: ['（三）检查后回访'],
    },
  ],
});

// Numbering continued across parents — （一）（二） under 一、, （三） under 二、 — is not a style change.
testRule(rule, {
  valid: ['一、工作情况\n（一）学法\n内容。\n（二）普法\n内容。\n二、存在问题\n（三）意识不强\n内容。'],
  invalid: [],
});
