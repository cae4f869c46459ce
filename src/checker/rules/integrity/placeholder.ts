// integrity/placeholder — template text nobody filled in: bracketed notes such as 【待补充】 or
// 【请填写…】, and stand-ins for a name or a date such as "XX镇", "××街道", "X月X日", "XXX同志".
// A report sent or published with them says in public that it was never finished.
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';

// 【待补充】, [待填写], （此处填写…）, 【请据实填写】: a note to the writer in brackets.
const NOTE =
  /[【[（(〔]\s*(?:待补充|待填写|待完善|待更新|待核实|此处填写|请填写|请补充|请据实填写|填写)[^】\]）)〕\n]{0,30}[】\]）)〕]/gu;
// Common family names (single and compound). "张××", "李XX同志": a real person's name with the given
// name masked on purpose, as published case disclosures do; not a stand-in left by the writer.
// 于 and 向 are left out: they are also prepositions ("于XX村召开").
const SURNAME =
  '(?:欧阳|司马|上官|诸葛|司徒|[张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤柳兰殷常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟詹申欧耿关单])';
// XX镇, ××街道, XXX同志, X月X日, 20XX年: letters or crosses where a name, number or date belongs.
// Before a word that can follow a person's name (同志, 家, 村民 …) a run right after a family name is
// a masked name and is left alone; before a place or a count (镇, 县, 件 …) it is a stand-in even then.
// A lone asterisk before a count or a place ("召开会议*次", "*区") is a template's blank as well;
// pairs of asterisks are Markdown emphasis, removed while normalising.
const STAND_IN = new RegExp(
  [
    '(?<![A-Za-zＸｘ×])[XxＸｘ×]{2,3}(?=[镇乡街局办委县区市省月日件次项])',
    `(?<![A-Za-zＸｘ×]|${SURNAME})[XxＸｘ×]{2,3}(?=[村社年同人名家个])`,
    '(?<![A-Za-z])(?:20|２０)[XxＸｘ×]{2}年',
    '(?<![A-Za-z])[XxＸｘ×]{1,2}月[XxＸｘ×]{1,2}日',
    '(?<![*＊A-Za-z0-9０-９])[*＊](?=[次个件项名人区县镇乡村街])',
  ].join('|'),
  'gu',
);

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
