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

// Held-out review (issue 17 follow-up): zeros stated by an issuing verb, the decision catalogue,
// totals after their parts, the size of a body, the advisor's consultations — and subsets,
// slogans, failures and a leader's own example that count nothing. Sentences in our own words.
describe('catalogues, totals, bodies and subsets', () => {
  const rows: Row[] = [
    // no normative document issued: a zero
    ['本年度未制发行政规范性文件，对现行文件开展了清理。', ['normative_docs.issued=0']],
    ['全年乡人民政府没有出台行政规范性文件。', ['normative_docs.issued=0']],
    ['年内未以街道办事处名义印发规范性文件。', ['normative_docs.issued=0']],
    ['未收到规范性文件备案审查的纠错意见。', []],
    ['规范性文件未出台前均经合法性审核。', []],
    // the items of the year's decision catalogue, those put out for comment, the comments
    ['公布年度重大行政决策事项目录，把农贸市场提升改造等5项事项纳入目录管理。', ['decisions.total=5']],
    ['将中心校扩建、敬老院改造两项事项列入本年度重大行政决策目录。', ['decisions.total=2']],
    ['将道路提升1项事项和安置小区建设1项事项，共2项列入年度重大决策目录。', ['decisions.total=2']],
    ['年初公布重大行政决策事项目录，列入目录的事项共6项。', ['decisions.total=6']],
    ['编制重大行政决策事项目录，其中4项通过公示栏和微信群向社会征求意见。', ['decisions.participation=4']],
    [
      '重大行政决策草案公示期间，共收集意见建议19条，采纳8条。',
      ['decisions.comments=19', 'decisions.comments_adopted=8'],
    ],
    ['编制重大行政决策事项目录，同步将35项事项纳入政务服务事项目录。', []],
    ['将62项政务服务事项纳入目录管理。', []],
    ['开展作风建设大走访，收集群众意见建议120条，采纳30条。', []],
    ['通过走访人大代表和政协委员，就重大行政决策实施情况收集意见建议11条。', []],
    ['全年接听12345热线，收到意见建议45条。', []],
    // a total after its parts takes their indicator, only when they share one and fit in it
    [
      '党委中心组学法4次，常务会议会前学法9次，全年合计13次。',
      ['study.sessions=4', 'study.sessions=9', 'study.sessions=13'],
    ],
    [
      '在村级开展普法宣传活动20场，在校园开展普法宣传活动6场，累计26场。',
      ['publicity.events=20', 'publicity.events=6', 'publicity.events=26'],
    ],
    ['举办领导干部法治讲座2场，开展普法宣讲7场，共计9场。', ['study.lectures=2', 'publicity.talks=7']],
    ['调解纠纷40件，办理信访事项12件，合计52件。', ['disputes.total=40', 'petitions.total=12']],
    ['中心组学法6次，会前学法10次，共计12次。', ['study.sessions=6', 'study.sessions=10']],
    // the size of a body "由N名…组成的…"; a minimum per village binds its own clause only
    ['镇政府聘请由2名执业律师组成的法律顾问团。', ['advisor.count=2']],
    ['组建由45名村干部和网格员组成的“法律明白人”队伍。', ['publicity.legal_liaisons=45']],
    ['由5名律师组成的调解团队参与调处纠纷。', []],
    ['每个村（社区）培养法律明白人不少于8名，全镇共有法律明白人130名。', ['publicity.legal_liaisons=130']],
    // the advisor's consultations for the government or the villages, not the citizens'
    [
      '常年法律顾问全年审核合同35份，为街道党工委和办事处提供法律咨询60余次。',
      ['advisor.contracts_reviewed=35', 'advisor.consultations=60(over)'],
    ],
    ['聘请律师担任法律顾问，为镇村两级提供法律咨询40次。', ['advisor.consultations=40']],
    ['法律顾问在赶集日为群众提供法律咨询90人次。', ['publicity.consultations=90']],
    // a number inside a quoted slogan counts nothing
    ['深化“最多跑一次”改革，推行“进一次门、查多项事”。', []],
    ['推行“双随机、一公开”抽查，全年抽查经营户85户次。', ['enforcement.inspections=85']],
    // officers with a qualification are a subset, not the officers
    ['执法队员中具有法律职业资格的只有1名。', []],
    ['综合执法队执法人员中具有本科以上法学学历的4人。', []],
    ['执法人员中持有行政执法证的有9名。', ['enforcement.officers=9']],
    // those who failed did not pass
    ['考试不合格的3名干部已安排补考。', []],
    ['参加考试80人，考试合格78人，未通过的2人参加补考。', ['study.exam_takers=80', 'study.exam_passed=78']],
    ['调解各类纠纷50件，调解不成功的2件引导当事人诉讼。', ['disputes.total=50']],
    // a leader attending a trial in person is an example set, not a study session organised
    ['党委书记带头旁听庭审1次，并带头述法。', []],
    ['镇长带领机关干部旁听庭审2次。', ['study.sessions=2']],
    // a part of a total stated before it, after 其中, is not the township's figure
    ['全年受理信访事项64件，其中通过网上信访平台反映18件。', ['petitions.total=64']],
    ['全年办理行政处罚案件120件，其中适用简易程序41件，不予处罚案件9件。', ['enforcement.cases=120']],
    [
      '全年调解纠纷150件，调解成功146件。其中石桥村因宅基地引发的纠纷最多，达到21件。',
      ['disputes.total=150', 'disputes.resolved=146'],
    ],
    ['开展普法宣传活动38场，其中进校园专场6场。', ['publicity.events=38']],
    // a part of something else stays: 在编 staff are not the officers
    ['综合执法队在编人员24名，其中执法人员15名。', ['enforcement.officers=15']],
    // a stated zero of disclosure applications, however it is worded
    ['全年未收到依申请公开的请求。', ['disclosure.requests=0']],
    // the advisor's consultations for the cadres
    ['镇法律顾问为镇村干部提供法律咨询70余次。', ['advisor.consultations=70(over)']],
  ];
  it.each(rows)('%s → %j', (sentence, expected) => {
    expect(brief(`松岭镇2025年法治政府建设年度报告\n${sentence}`)).toEqual(expected);
  });
});
