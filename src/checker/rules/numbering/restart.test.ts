import { testRule } from '../test-util.ts';
import rule from './restart.ts';

testRule(rule, {
  valid: [
    '一、工作情况\n（一）学法\n内容。\n（二）普法\n内容。\n二、存在问题\n（一）意识不强\n内容。',
    // an attachment is a new part with its own numbering
    '一、工作情况\n内容。\n二、工作安排\n内容。\n附件：重点任务清单\n一、学法任务\n内容。',
    // numbered paragraphs in a new subsection start again at 1
    '（一）学法\n1. 集中学。\n2. 自主学。\n（二）普法\n1. 进村。\n2. 进校。',
  ],
  invalid: [
    {
      text: '一、工作情况\n全年完成各项任务。\n二、存在问题\n意识有待提高。\n一、下一步安排\n继续推进各项工作。',
      excerpts: ['一、下一步安排'],
    },
    {
      text: '一、工作情况\n（一）学法\n全年学法十次。\n（二）普法\n开展活动五场。\n（一）执法\n办理案件三件。',
      excerpts: ['（一）执法'],
    },
  ],
});
