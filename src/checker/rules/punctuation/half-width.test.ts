import { testRule } from '../test-util.ts';
import rule from './half-width.ts';

testRule(rule, {
  valid: [
    '全年办理案件12件，结案率100%。',
    // English text, numbers and times keep their own punctuation
    'Tel: 023-12345678, fax: 023-87654321',
    '会议于9:30开始，金额为1,200元。',
    '使用WPS(Word)编辑。',
  ],
  invalid: [
    { text: '全年办理案件12件,结案率100%。', excerpts: ['件,结案'], data: { full: '，' } },
    { text: '主要做法:健全制度；加强培训。', excerpts: ['做法:健全'] },
    { text: '各村(社区)设立调解室。', excerpts: ['村(社区', '社区)设立'] },
    { text: '是否依法履职?请群众监督。', excerpts: ['履职?请群'] },
    // one finding per mark and paragraph, with the count
    {
      text: '全年办理案件12件,结案率100%,群众满意。',
      excerpts: ['件,结案'],
      data: { count: 2 },
      messageId: 'halfWidthMany',
    },
  ],
});
