import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIndicator, INDICATORS } from '../../shared/indicators.ts';
import { parseText } from '../structure/index.ts';
import type { Qualifier } from '../types.ts';
import { extractMetrics } from './extract.ts';

const extract = (text: string) => extractMetrics(parseText(text));
const brief = (text: string) =>
  extract(text).map((m) => `${m.id}=${m.value}${m.qualifier === 'exact' ? '' : `(${m.qualifier})`}`);

type Row = [sentence: string, expected: string[]];

// Sentences written for these tests in the many ways township reports state their figures.
// Expected: "id=value" or "id=value(qualifier)" for every figure, in order.
const VALID: Row[] = [
  // study
  ['镇党委理论学习中心组全年开展集中学法11次。', ['study.sessions=11']],
  ['全年召开政府常务会议会前学法9次，学习法律法规23部。', ['study.sessions=9']],
  ['组织干部开展专题学法活动十二次。', ['study.sessions=12']],
  ['开展了2次专题学法。', ['study.sessions=2']],
  ['邀请市委党校教授为机关干部作法治专题讲座三场。', ['study.lectures=3']],
  ['为全体干部职工举办法治讲座1次。', ['study.lectures=1']],
  ['举办村（社区）干部法治培训班4期，参训人员260余人次。', ['study.trainings=4', 'study.trainees=260(over)']],
  ['全年组织法治轮训2次，共培训干部180人。', ['study.trainings=2', 'study.trainees=180']],
  ['选派15名干部参加区里举办的依法行政培训。', ['study.trainees=15']],
  [
    '组织110名机关干部参加年度学法考试，考试合格110人，合格率100%。',
    ['study.exam_takers=110', 'study.exam_passed=110', 'study.exam_pass_rate=100'],
  ],
  [
    '全镇应参考人员78人，实际参考78人，考试通过率达到百分之百。',
    ['study.exam_takers=78', 'study.exam_takers=78', 'study.exam_pass_rate=100'],
  ],
  ['年度学法考试参考率、及格率均为100%。', ['study.exam_pass_rate=100']],
  ['在线学法考试合格率达98.5%。', ['study.exam_pass_rate=98.5']],
  // publicity
  [
    '全年开展各类普法宣传活动56场次，受教育群众达1.3万余人次。',
    ['publicity.events=56', 'publicity.audience=13000(over)'],
  ],
  ['围绕“4·15”全民国家安全教育日开展主题宣传活动5场。', ['publicity.events=5']],
  ['开展禁毒、反诈宣传进村入户活动三十余次。', ['publicity.events=30(over)']],
  [
    '开展送法下乡、送法进企业活动18场，发放宣传折页3200份。',
    ['publicity.events=18', 'publicity.materials=3200'],
  ],
  ['组织法律服务团队开展普法宣讲27场。', ['publicity.talks=27']],
  ['走进中小学开展法治讲座9场，覆盖师生3600余人。', ['publicity.talks=9', 'publicity.audience=3600(over)']],
  ['开展“以案释法”宣讲活动6次。', ['publicity.talks=6']],
  [
    '累计发放《民法典》宣传手册1500余册、宣传单4000余张。',
    ['publicity.materials=1500(over)', 'publicity.materials=4000(over)'],
  ],
  ['赠送法律读本300本，发放宣传品800余件。', ['publicity.materials=300', 'publicity.materials=800(over)']],
  [
    '悬挂宣传横幅42条，张贴标语120余张，制作展板16块。',
    ['publicity.banners=42', 'publicity.banners=120(over)', 'publicity.banners=16'],
  ],
  ['利用微信公众号、抖音等平台推送普法信息85条。', ['publicity.online_posts=85']],
  // phrasings seen in reports the checker had not met before
  ['在集市发放普法宣传材料600余份。', ['publicity.materials=600(over)']],
  [
    '向过往群众分发各类法律材料900份，派发小册子150本。',
    ['publicity.materials=900', 'publicity.materials=150'],
  ],
  ['在4个村巡回开展“普法流动课堂”11次。', ['publicity.talks=11']],
  [
    '组建普法志愿者队伍，开展法治宣传进村活动15场，覆盖群众八千余人次。',
    ['publicity.events=15', 'publicity.audience=8000(over)'],
  ],
  ['按每季度1次的频次召开会前学法，全年会前学法6次。', ['study.sessions=6']],
  ['以每两月一次的频次开展中心组学法，共学法7次。', ['study.sessions=7']],
  ['组织镇村干部法治培训12场次，覆盖600余人次。', ['study.trainings=12', 'study.trainees=600(over)']],
  ['开展依法行政专题培训，覆盖机关干部150余人。', ['study.trainees=150(over)']],
  ['开展执法检查后作出行政处罚9件。', ['enforcement.cases=9']],
  ['全年立案查处违法建设案件120件，其中立案撤销3件。', ['enforcement.cases=120']],
  ['受理12345热线转办诉求230件。', ['hotline.total=230']],
  ['在赶集日设点宣传，为260余名村民提供免费法律咨询。', ['publicity.consultations=260(over)']],
  ['依托镇门户网站累计公开各类信息73条。', ['disclosure.published=73']],
  ['在“平安乡镇”公众号发布普法文章36篇。', ['publicity.online_posts=36']],
  ['设置法律咨询台，现场解答群众法律咨询410人次。', ['publicity.consultations=410']],
  ['村法律顾问为群众提供法律咨询约600次。', ['publicity.consultations=600(approx)']],
  ['全镇共培养“法律明白人”93名。', ['publicity.legal_liaisons=93']],
  ['依托全镇62名法律明白人开展矛盾排查。', ['publicity.legal_liaisons=62']],
  // advisor, decisions
  ['镇政府聘请常年法律顾问2名。', ['advisor.count=2']],
  ['聘请1名执业律师担任镇政府法律顾问。', ['advisor.count=1']],
  ['法律顾问全年审查各类合同协议46份，提出修改意见30余条。', ['advisor.contracts_reviewed=46']],
  ['对镇政府签订的合同进行合法性审查，共审查合同二十三件。', ['advisor.contracts_reviewed=23']],
  ['法律顾问列席重大决策会议并提出法律意见5次。', ['advisor.decisions=5']],
  ['法律顾问参与重大行政决策论证3项。', ['advisor.decisions=3']],
  ['全年作出重大行政决策2项，均履行了法定程序。', ['decisions.total=2']],
  // enforcement
  ['全镇持有行政执法证的人员共21名。', ['enforcement.officers=21']],
  ['综合行政执法大队现有执法队员9人。', ['enforcement.officers=9']],
  ['为执法队伍配备执法记录仪8台、执法车辆2辆。', ['enforcement.recorders=8']],
  ['新购置执法记录仪五部。', ['enforcement.recorders=5']],
  ['全年立案查处违法行为47起，办结43起。', ['enforcement.cases=47']],
  ['共办理行政处罚案件31件，其中适用简易程序12件。', ['enforcement.cases=31']],
  ['作出行政处罚决定书18份，罚没款2.6万元。', ['enforcement.cases=18', 'enforcement.fines=26000']],
  ['依法收缴罚款8500元。', ['enforcement.fines=8500']],
  [
    '全年开展执法检查120余次，检查经营户580户次。',
    ['enforcement.inspections=120(over)', 'enforcement.inspections=580'],
  ],
  ['联合市场监管所对辖区餐饮店开展了14次专项检查。', ['enforcement.inspections=14']],
  // disputes, petitions, hotline
  [
    '全年排查各类矛盾纠纷312件，成功化解305件，化解率97.8%。',
    ['disputes.total=312', 'disputes.resolved=305', 'disputes.success_rate=97.8'],
  ],
  [
    '镇调委会受理纠纷86起，调解成功84起，调解成功率97.7%。',
    ['disputes.total=86', 'disputes.resolved=84', 'disputes.success_rate=97.7'],
  ],
  ['各村调委会共调处婚姻家庭、邻里、土地等纠纷一百三十六件。', ['disputes.total=136']],
  ['成功调解矛盾纠纷58件，达成调解协议58份。', ['disputes.resolved=58', 'disputes.resolved=58']],
  ['共受理信访件21件，按期办结率100%。', ['petitions.total=21']],
  ['全年接待群众来访46批次103人次。', ['petitions.total=46', 'petitions.total=103']],
  ['办理群众来信12件。', ['petitions.total=12']],
  ['受理“12345”政务服务热线工单892件，办结率99.6%。', ['hotline.total=892']],
  ['承办市民热线转办事项340余件。', ['hotline.total=340(over)']],
  ['全年办理8890平台诉求1024件。', ['hotline.total=1024']],
  // disclosure, review and litigation, normative documents
  ['全年主动公开政府信息580条。', ['disclosure.published=580']],
  ['在政府网站发布政务信息近400条。', ['disclosure.published=400(approx)']],
  ['受理依申请公开2件，均按期答复。', ['disclosure.requests=2']],
  ['全年未收到依申请公开申请。', ['disclosure.requests=0']],
  [
    '镇政府作为被告的行政诉讼案件3件，行政机关负责人出庭应诉率100%。',
    ['litigation.cases=3', 'litigation.appearance_rate=100'],
  ],
  ['审结行政诉讼案件4件，败诉1件，行政诉讼败诉率25%。', ['litigation.cases=4', 'litigation.loss_rate=25']],
  ['发生行政复议案件1件，经复议维持原行政行为。', ['reconsideration.cases=1']],
  ['全年没有行政复议案件。', ['reconsideration.cases=0']],
  ['本年度未发生行政诉讼和行政复议案件。', ['litigation.cases=0', 'reconsideration.cases=0']],
  ['全镇行政诉讼、行政复议案件均为零。', ['litigation.cases=0', 'reconsideration.cases=0']],
  ['全年无信访事项。', ['petitions.total=0']],
  ['全年制发行政规范性文件2件，均经合法性审核。', ['normative_docs.issued=2']],
  [
    '对规范性文件开展合法性审核6件，报区司法局备案6件。',
    ['normative_docs.reviewed=6', 'normative_docs.filed=6'],
  ],
  ['全面清理规范性文件14件，其中废止3件。', ['normative_docs.cleaned=14', 'normative_docs.repealed=3']],
  // emergency, leadership
  ['修订各类应急预案12个，组织开展应急演练7场次。', ['emergency.plans=12', 'emergency.drills=7']],
  ['镇党委会专题研究法治建设工作5次。', ['leadership.meetings=5']],
  [
    '全年召开法治政府建设专题会议3次，听取法治工作汇报4次。',
    ['leadership.meetings=3', 'leadership.meetings=4'],
  ],
  ['全年党政主要负责人述法2次。', ['leadership.shufa=2']],
  ['组织村（社区）党组织书记现场述法21场。', ['leadership.shufa=21']],
  [
    '党委会专题听取述法工作汇报1次，街道党工委书记在年终述职大会上述法1次。',
    ['leadership.meetings=1', 'leadership.shufa=1'],
  ],
  // the clause before names what is counted
  ['全年开展法治宣传进乡村活动，共计26场。', ['publicity.events=26']],
  // more phrasings
  ['镇党委书记带头讲授法治专题党课1次，镇长带头述法1次。', ['study.lectures=1', 'leadership.shufa=1']],
  ['全年组织领导干部旁听庭审2次，参加人数35人。', ['study.sessions=2']],
  ['全年开展“双随机、一公开”抽查12次。', ['enforcement.inspections=12']],
  ['对辖区内122家企业开展安全生产执法检查，检查覆盖率100%。', ['enforcement.inspections=122']],
  ['组织执法人员参加区级以上执法业务培训6次，累计参训45人次。', ['study.trainings=6', 'study.trainees=45']],
  ['镇政府共收到行政复议申请2件，依法作出答复。', ['reconsideration.cases=2']],
  [
    '开展“普法赶场”活动15场，现场发放宣传资料3000余份，接受法律咨询160余人次。',
    ['publicity.events=15', 'publicity.materials=3000(over)', 'publicity.consultations=160(over)'],
  ],
  ['以“3·15”“4·15”“6·26”“12·4”等节点开展集中宣传活动12次。', ['publicity.events=12']],
  [
    '全镇共排查化解各类矛盾纠纷二百一十三件，化解成功率达98.1%，无一例民转刑案件发生。',
    ['disputes.total=213', 'disputes.success_rate=98.1'],
  ],
  ['贯彻《法治政府建设实施纲要（2021—2025年）》，全年开展普法活动12场。', ['publicity.events=12']],
  [
    '2024年，办理一般程序行政处罚案件23件，罚款共计4.35万元。',
    ['enforcement.cases=23', 'enforcement.fines=43500'],
  ],
  [
    '全年排查矛盾纠纷186起，调处成功181起，调处成功率97.3%，未发生一起“民转刑”案件。',
    ['disputes.total=186', 'disputes.resolved=181', 'disputes.success_rate=97.3'],
  ],
  [
    '镇普法讲师团深入村组、学校开展巡回宣讲22场次，直接受众3000余人。',
    ['publicity.talks=22', 'publicity.audience=3000(over)'],
  ],
  ['在镇主干道悬挂法治宣传标语横幅80余幅。', ['publicity.banners=80(over)']],
  ['印制《法治宣传读本》2000册，免费发放到户。', ['publicity.materials=2000']],
];

// Every qualifier from the prose, checked separately from the indicator.
const QUALIFIERS: [string, Qualifier][] = [
  ['受教育群众5000余人次。', 'over'],
  ['受教育群众5000多人次。', 'over'],
  ['受教育群众超过5000人次。', 'over'],
  ['受教育群众逾5000人次。', 'over'],
  ['受教育群众5000人次以上。', 'over'],
  ['受教育群众近5000人次。', 'approx'],
  ['受教育群众约5000人次。', 'approx'],
  ['受教育群众5000人次左右。', 'approx'],
  ['受教育群众大约5000人次。', 'approx'],
  ['受教育群众不到5000人次。', 'under'],
  ['受教育群众不足5000人次。', 'under'],
  ['受教育群众5000人次。', 'exact'],
];

// Sentences whose numbers are not facts of the year, or fit no indicator.
const INVALID: string[] = [
  '2025年力争开展普法活动不少于50场。',
  '下一步，我镇将继续开展法治宣传活动20场。',
  '计划全年举办法治培训4期。',
  '确保矛盾纠纷调解成功率达到98%以上。',
  '每季度召开一次法治建设工作推进会。',
  '每个村配备1名法律顾问，每村培养法律明白人不少于3名。',
  '要求领导干部每年学习法律法规不少于2部。',
  '按照每村1名的标准配备法律顾问。',
  '本文浏览：76次',
  '浏览次数：1024次',
  '受理信访事项同比下降15%。',
  '矛盾纠纷发生率较上年减少3个百分点。',
  '依据《中华人民共和国行政处罚法》第四十二条规定。',
  '落实《行政处罚法》第42条关于执法人员的规定。',
  '根据渝府办发〔2024〕36号文件和〔2023〕5号文件精神。',
  '科级以上领导干部带头学法。',
  '联系电话：023-45678912。',
  '12345热线是群众反映诉求的重要渠道。',
  '全镇60岁以上老年人3200人。',
  '全年投入法治建设经费5万元。',
  '实现行政诉讼零败诉。',
  '全面推行行政执法“三项制度”和“一次性告知”。',
  '办理法律援助案件8件。',
  '行政执法案卷评查合格率100%。',
  '开展安全隐患排查整治，整改隐患52处。',
  '全镇共有网格员120名，人民调解员56名。',
  '镇辖8个村（社区）、126个村民小组，户籍人口3.2万人，常住居民2.1万人。',
  '全镇没有出现因征地拆迁引起的群体性信访事件。',
  '村（社区）法律顾问覆盖率100%，群众满意度达95%以上。',
  '推行“11355”工作法和“1+3+N”联调机制。',
  '在第十个国家宪法日（12·4）当天组织集中宣传。',
  '镇村两级调委会开展矛盾纠纷排查3次。',
  '在集市设置法律咨询台5个。',
  '培育了一批法律明白人。',
  '开展数十场宣传活动。',
  '落实“八项规定”精神，执行“三重一大”制度。',
  '2024年1月15日，镇党委召开专题会议。',
  '法定执法事项27项、赋权执法事项50项、委托执法事项43项。',
  '全年累计申报农村宴席42次。',
  '组织开展宪法进万家活动。',
  '深入学习党的二十届三中全会精神。',
  '调处土地纠纷15件、婚姻家庭纠纷8件。',
  '行政应诉案件败诉0件。',
  '法律顾问出具法律意见书28份，参与处理信访案件5件。',
  '镇司法所全年开展社区矫正对象教育学习12次。',
  '利用LED显示屏滚动播放法治标语2000余条次。',
  '较上年减少纠纷32件。',
  '共组织开展防汛应急演练，参与群众1200余人。',
  '全年未发生因行政不作为引起的行政复议和行政诉讼案件。',
  '认真办理人大代表建议12件、政协委员提案5件，办结率100%。',
  '全镇道路交通事故较上年下降12%。',
  '累计出动执法车辆150台次，执法人员420人次。',
  '群众满意度测评得分96.8分。',
  '全年召开镇长办公会议23次，研究重大事项56项。',
  '公布镇级权责清单事项286项，公共服务事项清单47项。',
  '共开展行政执法案卷评查2次，评查案卷46卷，合格率100%。',
  '在各村设置法治宣传栏35块，更新宣传内容140余期。',
  '全镇辖9个行政村、2个社区，总面积126平方公里，总人口4.6万人。',
  '镇政府设有党政办、经济发展办等7个内设机构和5个事业单位。',
  '全年办理各类政务服务事项2.3万件。',
  '全镇95%以上的村达到“民主法治示范村”标准。',
  '镇法律援助工作站全年受理法律援助案件21件，为群众挽回经济损失86万元。',
  '拍摄普法微视频6部，累计播放量达5.8万次。',
  '辖区食品抽检合格率98%。',
  '化解信访积案4件。',
  '走访服务包企业，解决企业诉求37条。',
  '组织志愿者参与普法宣传，累计参与志愿者210人次。',
  '按每月1次的频次召开会前学法。',
  '撤销立案2件。',
];

describe('extractMetrics: sentences that state figures', () => {
  it.each(VALID)('%s', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});

describe('extractMetrics: qualifiers', () => {
  it.each(QUALIFIERS)('%s → %s', (sentence, qualifier) => {
    const metrics = extract(sentence);
    expect(metrics.map((m) => [m.id, m.value, m.qualifier])).toEqual([
      ['publicity.audience', 5000, qualifier],
    ]);
  });
});

describe('extractMetrics: numbers that are not figures of the year', () => {
  it.each(INVALID)('%s', (sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('extractMetrics: the catalogue templates state their own indicator', () => {
  it.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))('%s', (_id, indicator) => {
    const metrics = extract(`全年${formatIndicator(indicator, 37)}。`);
    expect(metrics.map((m) => [m.id, m.value])).toEqual([[indicator.id, 37]]);
  });
});

describe('extractMetrics: a whole report', () => {
  const report = [
    '某某镇人民政府2024年法治政府建设情况报告',
    '',
    '一、2024年推进法治政府建设的主要举措和成效',
    '（一）加强学法用法',
    '全年开展中心组学法10次，组织干部参加法治培训**160**人次。',
    '（二）化解矛盾纠纷',
    '坚持和发展新时代“枫桥经验”，全年排查化解矛盾纠纷',
    '215件，调解成功率99%。',
    '二、存在的不足',
    '普法形式仍较单一，全年仅开展宣讲3场。',
    '三、2025年工作安排',
    '开展普法宣传活动40场，培训干部200人次。',
  ].join('\n');
  const metrics = extractMetrics(parseText(report));

  it('extracts the facts of the year and skips the plans section', () => {
    expect(metrics.map((m) => `${m.id}=${m.value}`)).toEqual([
      'study.sessions=10',
      'study.trainees=160',
      'disputes.total=215',
      'disputes.success_rate=99',
      'publicity.talks=3',
    ]);
  });

  it('points every figure to its line in the original text', () => {
    expect(metrics.map((m) => m.line)).toEqual([5, 5, 8, 8, 10]);
  });

  it('skips the figures of another year', () => {
    const other = extractMetrics(
      parseText(
        [
          '某某镇2024年法治政府建设情况报告',
          '一、主要举措和成效',
          '2023年全镇调解纠纷182件，2024年调解纠纷213件。',
        ].join('\n'),
      ),
    );
    expect(other.map((m) => `${m.id}=${m.value}`)).toEqual(['disputes.total=213']);
  });

  it('quotes the phrase and the figure', () => {
    expect(metrics[0]).toMatchObject({ quote: '全年开展中心组学法10次', unit: '次', qualifier: 'exact' });
    expect(metrics[3]).toMatchObject({ quote: '调解成功率99%', unit: '%' });
  });
});

describe('extractMetrics: a street office report with every part', () => {
  const report = `某某街道办事处关于2023年度法治政府建设工作情况的报告

区委依法治区办：
　　2023年，某某街道在区委、区政府的坚强领导下，现将有关情况报告如下。
　　一、2023年度推进法治政府建设的主要举措和成效
　　（一）强化学法用法。街道党工委理论学习中心组全年集中学法8次，街道办事处主任办公会会前学法12次；组织辖区198名公职人员参加网上学法考试，合格率100%。
　　（二）深化普法宣传。围绕“八五”普法规划，全年开展主题宣传活动36场，发放宣传资料1.1万份，悬挂横幅60余条，解答群众咨询700余人次；在“某某街道”微信公众号推送普法信息96条，阅读量达3.2万次。
　　（三）规范行政执法。街道综合行政执法队现有持证执法人员16名，配备执法记录仪10台；全年办理行政处罚案件58件，罚没款12.6万元，开展日常巡查1200余次。
　　（四）化解矛盾纠纷。全年受理12345热线工单2360件，办结率99.2%；受理群众来信来访53件；排查化解矛盾纠纷265件，调解成功259件。
　　（五）自觉接受监督。全年主动公开政府信息412条，受理依申请公开3件；发生行政复议案件1件、行政诉讼案件2件，负责人出庭应诉率100%。
　　二、党政主要负责人履行推进法治建设第一责任人职责情况
　　街道党工委书记全年主持召开党工委会议专题研究法治建设工作4次，带头讲法治课1次。
　　三、存在的不足和原因
　　一是普法宣传针对性不强，全年仅有2场活动面向企业；二是执法人员力量不足，人均承担执法事项30余项。
　　四、2024年工作打算
　　（一）计划开展法治培训4期，培训干部300人次。
　　（二）力争全年开展普法活动50场以上，确保调解成功率达到98%。

某某街道办事处
2024年1月20日`;
  const metrics = extractMetrics(parseText(report));

  it('reads the year from the title and extracts every stated figure of that year', () => {
    expect(
      metrics.map((m) => `${m.id}=${m.value}${m.qualifier === 'exact' ? '' : `(${m.qualifier})`}`),
    ).toEqual([
      'study.sessions=8',
      'study.sessions=12',
      'study.exam_takers=198',
      'study.exam_pass_rate=100',
      'publicity.events=36',
      'publicity.materials=11000',
      'publicity.banners=60(over)',
      'publicity.consultations=700(over)',
      'publicity.online_posts=96',
      'enforcement.officers=16',
      'enforcement.recorders=10',
      'enforcement.cases=58',
      'enforcement.fines=126000',
      'enforcement.inspections=1200(over)',
      'hotline.total=2360',
      'petitions.total=53',
      'disputes.total=265',
      'disputes.resolved=259',
      'disclosure.published=412',
      'disclosure.requests=3',
      'reconsideration.cases=1',
      'litigation.cases=2',
      'litigation.appearance_rate=100',
      'leadership.meetings=4',
      'study.lectures=1',
    ]);
  });
});

describe('docs/metrics.md', () => {
  it('describes every indicator of the catalogue', () => {
    const doc = readFileSync(new URL('../../../docs/metrics.md', import.meta.url), 'utf8');
    for (const indicator of INDICATORS) expect(doc, indicator.id).toContain(`\`${indicator.id}\``);
  });
});
