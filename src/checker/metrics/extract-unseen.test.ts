// Figures read wrongly on reports nobody here had seen (issue 17), in sentences of our own words:
// counts of something else, ordinals, a village's share, numbers before their noun, rarer wordings.
import { describe, expect, it } from 'vitest';
import { parseText } from '../structure/index.ts';
import { extractMetrics } from './extract.ts';

type Row = [sentence: string, expected: string[]];

const brief = (text: string) =>
  extractMetrics(parseText(text)).map(
    (m) => `${m.id}=${m.value}${m.qualifier === 'exact' ? '' : `(${m.qualifier})`}`,
  );

// issue 17: numbers read wrongly on reports nobody here had seen (sentences in our own words)
describe('figures that count something else, and wordings seen less often', () => {
  const rows: Row[] = [
    // ordinals of a plenary session are not counts
    ['组织理论学习中心组学习省委十二届七次全会精神。', []],
    ['学习贯彻市委六届七次、八次全会精神，开展专题学法3次。', ['study.sessions=3']],
    // a noun of its own after the figure
    ['排查化解矛盾纠纷，协调解决土地、用水等6个难题。', []],
    ['主持召开法治建设专题会议2次，解决重点难点问题5件。', ['leadership.meetings=2']],
    // meetings on major decisions are not meetings on rule of law
    ['全年召开重大决策专题会议15次，所有决策均经合法性审查。', []],
    ['召开党委会研究“三重一大”事项12次，坚持依法决策。', []],
    // village advisors are not the township's
    ['镇政府聘请法律顾问1名，为各村配备村法律顾问9名。', ['advisor.count=1']],
    ['全镇12个村（社区）均聘请法律顾问，村级法律顾问12名。', []],
    // newly certified officers are not the total
    ['新增持证执法人员3名，全镇执法人员持证率达100%。', []],
    ['5名执法人员新取得执法证，全镇持证执法人员18名。', ['enforcement.officers=18']],
    ['全乡3名执法人员全部取得行政执法证。', ['enforcement.officers=3']],
    // a village's share of the total
    ['全镇调解纠纷120件，其中青石村调解纠纷12件。', ['disputes.total=120']],
    // the number before its noun, the noun in an earlier clause
    ['2025年，先后召开3次专题会议研究法治工作。', ['leadership.meetings=3']],
    ['全年开展12次理论学习中心组学法。', ['study.sessions=12']],
    ['2025年，先后召开4次法治建设专题会议，听取工作汇报。', ['leadership.meetings=4']],
    ['开展法治宣传进村入户活动，全年累计开展20余次。', ['publicity.events=20(over)']],
    // 人次, 条, 件次, 场 in less common wordings
    ['开展送法下乡活动，惠及群众3000余人次。', ['publicity.audience=3000(over)']],
    ['通过多平台公开财政收支、惠民政策等信息56条。', ['disclosure.published=56']],
    ['查处违法违规行为36件次。', ['enforcement.cases=36']],
    ['开展法治文艺演出8场，放映普法电影12场。', ['publicity.events=8', 'publicity.events=12']],
    // the same zero once
    ['全年无行政诉讼案件，行政诉讼案件数为0。', ['litigation.cases=0']],
    ['全年未发生行政复议案件，无行政复议。', ['reconsideration.cases=0']],
  ];
  it.each(rows)('%s → %j', (sentence, expected) => {
    expect(brief(`松岭镇2025年法治政府建设年度报告\n${sentence}`)).toEqual(expected);
  });
});
