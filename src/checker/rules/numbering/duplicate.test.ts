import { testRule } from '../test-util.ts';
import rule from './duplicate.ts';

testRule(rule, {
  valid: [
    '一是健全学法制度。二是开展旁听庭审。三是组织年度考试。',
    '一、工作情况\n（一）强化学习\n内容。\n（二）规范执法\n内容。\n二、存在问题\n（一）意识不强\n内容。',
    // 统一是 and 之一是 are words, not enumerators
    '一是统一思想。思想统一是前提，二是明确分工，这是重点之一是共识。',
    // a new list after a heading restarts at 一是
    '（一）学法\n一是集中学。二是自主学。\n（二）普法\n一是进村。二是进校。',
    // （1）（2）（三）: a style change of the inner list (numbering/mixed-style), not a duplicate
    '一、工作情况\n（一）学法\n内容。\n（二）普法\n内容。\n（三）执法\n1. 规范检查。\n2. 涉企检查。\n（1）合并检查事项；\n（2）信用好的企业少查；\n（三）检查后回访企业，听取意见。\n3. 加强监督。',
  ],
  invalid: [
    { text: '一是建立台账。二是定期回访。三是从严把关。三是公开结果。', excerpts: ['三是公开结果'] },
    {
      text: '一、主要举措\n内容。\n二、存在不足\n内容。\n二、下一步安排\n内容。',
      excerpts: ['二、下一步安排'],
    },
    {
      text: '一、主要举措\n（一）学法\n内容。\n（二）普法\n内容。\n（二）执法\n内容。',
      excerpts: ['（二）执法'],
    },
    // a repeated heading, not a sentence: a duplicate even with a list open inside
    {
      text: '一、主要举措\n（一）学法\n1. 集中学。\n（二）普法\n1. 进村。\n（二）执法\n内容。',
      excerpts: ['（二）执法'],
    },
  ],
});
