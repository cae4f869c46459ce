// integrity/placeholder — template text nobody filled in: bracketed notes such as 【待补充】 or
// 【请填写…】, and stand-ins for a name or a date such as "XX镇", "××街道", "X月X日", "XXX同志".
// A report sent or published with them says in public that it was never finished.
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';

// 【待补充】, [待填写], （此处填写…）, 【请据实填写】: a note to the writer in brackets.
const NOTE =
  /[【[（(〔]\s*(?:待补充|待填写|待完善|待更新|待核实|此处填写|请填写|请补充|请据实填写|填写)[^】\]）)〕\n]{0,30}[】\]）)〕]/gu;
// XX镇, ××街道, XXX同志, X月X日, 20XX年: letters or crosses where a name, number or date belongs.
const STAND_IN =
  /(?<![A-Za-z])(?:[XxＸｘ×]{2,3}(?=[镇乡街村社局办委县区市省年月日同人名家件次项个])|(?:20|２０)[XxＸｘ×]{2}年|[XxＸｘ×]{1,2}月[XxＸｘ×]{1,2}日)/gu;

export default defineRule({
  meta: {
    id: 'integrity/placeholder',
    category: 'integrity',
    severity: 'error',
    description: '未填写的模板内容：【待补充】一类的提示，以及代替名称、数字、日期的“XX镇”“××同志”“X月X日”。',
    messages: {
      note: '“{{quote}}”是起草时留下的提示，内容还没有填写。请据实填写或删除这一段后再签发、报送。',
      standIn: '“{{quote}}”是代替实际名称、数字或日期的占位写法。请改为实际内容。',
    },
  },
  check({ report, emit }) {
    for (const p of report.paragraphs) {
      for (const [re, messageId] of [
        [NOTE, 'note'],
        [STAND_IN, 'standIn'],
      ] as const) {
        for (const m of p.text.matchAll(re)) {
          const start = m.index ?? 0;
          emit({
            messageId,
            params: { quote: m[0] },
            paragraph: p.index,
            offset: start,
            excerpt: excerpt(p.text, start, start + m[0].length, 2, 6),
          });
        }
      }
    }
  },
});
