// Wordings the checker reads on top of the shared catalogue (src/shared/indicators.ts): the less
// common ways reports state a figure, and the figures next to a cue that count something else.
// Kept as data, each with where the kind was seen: published township reports read for issue 17
// (portal copies from several provinces), written here in our own words.
import { INDICATORS, type Indicator, type IndicatorPhrase } from '../../shared/indicators.ts';

interface Extra {
  units?: readonly string[];
  phrases?: readonly IndicatorPhrase[];
  /** Every phrase of the indicator (the catalogue's too) needs this in the sentence or heading. */
  context?: RegExp;
  /** Nouns whose absence states a zero; with `zeroIssued`, after a verb of issuing ("未制发"). */
  zeroNouns?: RegExp;
  zeroIssued?: boolean;
}

/** An indicator as the checker reads it: `zeroIssued` marks nouns denied by "未制发/未出台". */
export type CheckerIndicator = Indicator & { zeroIssued?: boolean };

// A sentence (or heading) on major administrative decisions, and what is not one.
const DECISION = /重大(?:行政)?决策|决策(?:事项|草案|目录)/;
const NOT_DECISION_CATALOGUE = /政务服务|权责清单|权力清单|责任清单|负面清单|公共服务事项|执法事项/;
// Comments and their adoption are a decision's when the sentence is about one or its consultation.
const DECISION_TALK = /决策|征求|公众参与/;
const NOT_DECISION_COMMENTS =
  /热线|12345|工单|信访|来访|人大代表|代表建议|政协|提案|巡察|巡视|督察|审计|规范性文件|问卷|座谈会/;

/** More units and phrases per indicator id. */
const EXTRA: Record<string, Extra> = {
  // "开展12次理论学习中心组学法", "3次党委中心组集中学习": the number before its noun
  'study.sessions': {
    phrases: [{ cue: /^(?:党委|党工委|党组)?(?:理论学习)?中心组(?:集中|专题)?(?:学法|学习)/, after: true }],
  },
  // "先后召开3次党委会议专题研究法治工作", "4次党工委会研究依法治镇"
  'leadership.meetings': {
    phrases: [
      {
        cue: /^(?:专题会议?|党委(?:会议?|专题会议?)|党工委(?:会议?|专题会议?)|常务会议?|党政联席会议?|书记办公会议?)[^，。；]{0,12}?(?:研究|部署|听取)[^，。；]{0,10}?(?:法治|依法|法制|述法)/,
        after: true,
      },
      // "先后召开4次法治建设专题会议", "2次依法治镇工作推进会"
      {
        cue: /^(?:法治(?:政府)?建设|法治工作|依法治(?:镇|乡|街|区|县)?)(?:工作)?(?:专题|领导小组)?(?:会议?|推进会|联席会议?|例会)/,
        after: true,
      },
    ],
  },
  // "公开财政收支、惠民政策等信息56条", "公示各类政务信息"
  'disclosure.published': {
    phrases: [
      {
        cue: /(?:公开|公示|发布)[^，。；\d]{0,16}?(?:信息|事项)/,
        unless: /依申请|申请公开|推送|普法|宣传/,
      },
      {
        cue: /^[^，。；、\d]{0,4}?(?:政府|政务)信息/,
        after: true,
        context: /公开|公示|发布/,
        unless: /申请/,
      },
    ],
  },
  // "查处违法违规行为36件次", "纠正违章行为12起次"; "在执法监督平台录入案件74件"
  'enforcement.cases': {
    units: ['件次', '起次'],
    phrases: [{ cue: /录入[^，。；\d]{0,6}?案件/, context: /执法|处罚/ }],
  },
  // "法律顾问参与合同审查136件次"
  'advisor.contracts_reviewed': { units: ['件次'] },
  // "（法律顾问）…，为镇政府提供法律咨询80余次", "为乡村两级提供法律咨询50余次": the advisor named
  // earlier in the sentence, the government or the villages as bodies served; citizens' questions
  // ("为村民提供法律咨询") stay publicity.consultations
  'advisor.consultations': {
    phrases: [
      {
        cue: /为(?:[镇乡]|街道)?(?:党委|政府|党委政府|党委、政府|党工委|办事处|机关|各部门|各站所|站所|班子|领导班子|[镇乡街]村两级|乡村两级|镇村两级|村(?:社区)?两委|各村(?:（社区）|\(社区\)|社区)?|村委会|村级组织|(?:[镇乡村]|镇村|乡村|机关)?干部(?:职工)?|机关工作人员)[^，。；\d]{0,8}?(?:提供|出具)[^，。；\d]{0,4}?(?:法律)?咨询(?:意见|服务)?/,
        context: /法律顾问|顾问律师/,
      },
    ],
  },
  'disputes.total': { units: ['件次'] },
  // "开展法治文艺演出8场", "放映普法电影12场", "举办法治集市3场"
  'publicity.events': {
    phrases: [
      {
        cue: /(?:法治|普法|法律|宪法|禁毒|反诈)?(?:文艺演出|文艺汇演|文艺巡演|电影|集市|展览|快闪|游园|知识竞赛|有奖竞答)/,
        unless: /培训|学习|演练/,
      },
      { cue: /^(?:法治|普法)(?:文艺演出|文艺汇演|电影|集市|展览|知识竞赛)/, after: true },
    ],
  },
  // "惠及群众3000余人次", "吸引群众800余人次参与"
  'publicity.audience': {
    phrases: [
      {
        cue: /(?:惠及|吸引|辐射|服务)(?:群众|村民|居民|师生|学生|青少年)?/,
        context: /宣传|普法|法治教育|讲座|宣讲|活动|送法/,
        unless: /来访|信访|培训|考试|志愿者/,
      },
      // "为300余名群众开展法治讲座": the audience before its lecture
      {
        cue: /^(?:群众|村民|居民|师生|学生|青少年|家长|妇女|老人)[^，。；\d]{0,8}?(?:讲座|宣讲|讲堂|法治课|普法)/,
        after: true,
      },
    ],
  },
  // Wave-two ledgers (issue 17 item 9): the number before its noun, rarer verbs and nouns.
  // "4项重大行政决策事项纳入目录", "对2项重大决策草案开展合法性审查", "1项重大行政决策开展后评估"
  // "将…等4项事项纳入目录管理", "…2项事项列入年度重大行政决策目录", "共3项列入决策目录": the items of the
  // year's catalogue, in a sentence on major decisions (not a 政务服务/权责 catalogue)
  'decisions.total': {
    phrases: [
      { cue: /^重大(?:行政)?决策(?:事项)?/, after: true },
      {
        cue: /^(?:重大(?:行政)?决策)?(?:事项)?(?:纳入|列入|列为)[^，。；\d]{0,12}?目录/,
        after: true,
        context: DECISION,
        unless: NOT_DECISION_CATALOGUE,
        unlessSentence: NOT_DECISION_CATALOGUE,
      },
      // "纳入年度重大行政决策目录的事项共5项", "（公布决策目录，）列入目录的事项共5项"
      {
        cue: /(?:纳入|列入)[^，。；\d]{0,10}?目录(?:管理)?的?(?:事项|决策)?/,
        context: DECISION,
        unless: NOT_DECISION_CATALOGUE,
        unlessSentence: NOT_DECISION_CATALOGUE,
      },
    ],
  },
  'decisions.participation': {
    phrases: [
      {
        cue: /^重大(?:行政)?决策(?:事项|草案)?[^，。；\d]{0,6}?(?:向社会)?公开征求(?:公众|社会)?意见/,
        after: true,
      },
      // "其中3项通过政府网站和公开栏向社会征求意见": the catalogue's items put out for comment
      {
        cue: /^(?:项|事项|决策(?:事项|草案)?)?[^，。；\d]{0,14}?(?:向社会|向公众|向群众|公开)[^，。；\d]{0,4}?征求(?:了)?(?:社会|公众|群众|社会公众)?意见/,
        after: true,
        context: DECISION,
        unlessSentence: /规范性文件/,
      },
    ],
  },
  // "共收到意见建议37条" in a paragraph on major decisions (not a hotline's or a deputy's suggestions);
  // "走访中收集群众意见建议120条" is no decision's
  'decisions.comments': {
    context: DECISION_TALK,
    phrases: [
      {
        cue: /(?:收到|收集|征集|征求到|汇总)[^，。；\d]{0,6}?(?:意见建议|意见和建议|意见|建议)/,
        context: DECISION,
        unless: /采纳|答复|办结/,
        unlessSentence: NOT_DECISION_COMMENTS,
      },
    ],
  },
  'decisions.legality_reviewed': {
    phrases: [
      {
        cue: /^重大(?:行政)?决策(?:事项|草案)?[^，。；\d]{0,6}?(?:经过?|通过|开展|进行|完成)(?:了)?合法性审(?:查|核)/,
        after: true,
      },
    ],
  },
  'decisions.post_evaluated': {
    phrases: [
      { cue: /后评估/, context: /决策/ },
      { cue: /^[^，。；、\d]{0,8}?决策(?:事项)?[^，。；\d]{0,6}?(?:实施)?后评估/, after: true },
    ],
  },
  // "收到意见建议23条，采纳9条": the adopted share named by its verb alone
  'decisions.comments_adopted': {
    phrases: [{ cue: /采纳/, context: DECISION_TALK, unless: /未采纳|不予采纳/ }],
  },
  // "印发2件规范性文件", "3件规范性文件经合法性审核", "2件规范性文件报县政府备案"; "全年未制发行政规范性
  // 文件", "未以镇政府名义出台规范性文件": none issued
  'normative_docs.issued': {
    phrases: [{ cue: /^(?:行政)?规范性文件/, after: true, unless: /审核|审查|备案|清理|废止|有效/ }],
    zeroNouns: /(?:行政)?规范性文件/,
    zeroIssued: true,
  },
  'normative_docs.reviewed': {
    phrases: [{ cue: /^(?:行政)?规范性文件[^，。；\d]{0,8}?(?:合法性)?(?:审核|审查)/, after: true }],
  },
  'normative_docs.filed': {
    phrases: [
      { cue: /^(?:行政)?规范性文件[^，。；\d]{0,8}?备案/, after: true },
      // "向县司法局报备规范性文件35件": 报备 is 备案
      { cue: /报备/, context: /规范性文件/ },
    ],
  },
  // "编制5个专项应急预案", "开展3次防汛应急演练", "妥善处置2起森林火情", "扑灭山火1起"
  'emergency.plans': { phrases: [{ cue: /^[^，。；、\d村社]{0,8}?(?:应急|处置)预案/, after: true }] },
  'emergency.drills': { phrases: [{ cue: /^[^，。；、\d]{0,8}?演练/, after: true }] },
  'emergency.events': {
    phrases: [
      {
        cue: /(?:处置|应对|处理|扑救|扑灭)[^，。；\d]{0,8}?(?:火情|险情|汛情|灾情|山火|森林火灾)/,
        unless: /预案|演练/,
      },
      {
        cue: /^[^，。；、\d]{0,6}?(?:突发事件|火情|险情|汛情|灾情|山火)/,
        after: true,
        context: /处置|应对|处理|扑救|扑灭|发生/,
        unless: /预案|演练/,
      },
    ],
  },
  // "以镇政府为被告的3件行政诉讼案件", "2件行政复议案件均维持"
  'litigation.cases': { phrases: [{ cue: /^[^，。；、\d]{0,10}?行政(?:诉讼|应诉)(?:案件)?/, after: true }] },
  'reconsideration.cases': { phrases: [{ cue: /^[^，。；、\d]{0,10}?行政复议(?:案件)?/, after: true }] },
  // "公开85条政府信息", "3件政府信息公开申请"
  'disclosure.requests': {
    phrases: [{ cue: /^(?:政府)?信息公开申请|^依申请公开(?:申请|事项)?/, after: true }],
  },
  // "全镇共27人持有行政执法证": the holders named after the figure
  'enforcement.officers': {
    phrases: [
      { cue: /^(?:均|全部|都)?(?:持有|取得|持)(?:有效)?(?:的)?[《“"]?(?:行政)?执法(?:证|资格)/, after: true },
    ],
  },
};

/** The phrase, counting only where `context` (if any) also appears. */
function withContext(phrase: IndicatorPhrase, context: RegExp | undefined): IndicatorPhrase {
  if (!context) return phrase;
  if (!phrase.context) return { ...phrase, context };
  const both = new RegExp(`^(?=[\\s\\S]*(?:${phrase.context.source}))(?=[\\s\\S]*(?:${context.source}))`);
  return { ...phrase, context: both };
}

function extend(indicator: Indicator): CheckerIndicator {
  const extra = EXTRA[indicator.id];
  if (!extra) return indicator;
  return {
    ...indicator,
    units: [...indicator.units, ...(extra.units ?? []).filter((u) => !indicator.units.includes(u))],
    phrases: [...indicator.phrases, ...(extra.phrases ?? [])].map((phrase) =>
      withContext(phrase, extra.context),
    ),
    zeroNouns: indicator.zeroNouns ?? extra.zeroNouns,
    ...(extra.zeroIssued ? { zeroIssued: true } : {}),
  };
}

/** The catalogue with the checker's extra wordings: what `extractMetrics` reads by default. */
export const CHECKER_INDICATORS: readonly CheckerIndicator[] = INDICATORS.map(extend);

// ---- figures next to a cue that count something else ----

/**
 * Right after the figure, a noun other than the indicator's: "协调解决…等6个难题", "5个村",
 * "3件实事". Seen in reports where a dispute, meeting or advisor cue came just before.
 */
export const OTHER_NOUN_AFTER =
  /^(?:[^，。；、,.;:：！？!?\s\d]{0,3}?)(?:难题|问题|实事|好事|堵点|痛点|难点|项目|课题|村|社区|小组|网格|企业|部门|单位|站所|家庭|建议|议题|事项)/;

/**
 * A named village's own figure: "其中青石村调解纠纷12件" — a part of the township's total. Not a
 * preposition before a noun ("将城中村改造…2项事项"), the 城中村 (urban village) of a project name, nor
 * the 乡村/镇村 of "为乡村两级提供…".
 */
export const VILLAGE_SUBCOUNT =
  /^(?:其中)?[，,、\s]*(?:(?![各全每本该将把对])[\u4e00-\u9fa5]){1,4}(?<!城中|[乡镇])村(?!民|级|居|务|规|干部|两委|两级|（|\(|社区)/;

const COMBINED_REVIEW_LITIGATION =
  /复议[^，。；\d]{0,4}?(?:和|及|与|、|或)[^，。；\d]{0,4}?(?:诉讼|应诉)|(?:诉讼|应诉)[^，。；\d]{0,4}?(?:和|及|与|、|或)[^，。；\d]{0,4}?复议/;

interface NotThis {
  clause: RegExp;
  unlessClause?: RegExp;
}

/**
 * Per indicator, a clause (text of the figure's clause) that says the figure counts something
 * else. `unlessClause` restores it.
 */
export const NOT_THIS: Record<string, NotThis | readonly NotThis[]> = {
  // a leader attending a trial in person ("镇长带头旁听庭审1次") is the 第一责任人's example, not a study
  // session the township organised ("组织领导干部旁听庭审2次")
  'study.sessions': { clause: /带头[^，。；\d]{0,6}?旁听/, unlessClause: /组织|带领|率领/ },
  // a meeting on major decisions is not a meeting on rule of law ("召开重大决策专题会议15次")
  'leadership.meetings': { clause: /重大(?:行政)?决策|三重一大|重大事项/, unlessClause: /法治|法制|依法治/ },
  // village advisors are the villages', not the township's ("村法律顾问9名", "12个村均聘请法律顾问")
  'advisor.count': { clause: /村|社区|居委/, unlessClause: /[镇乡]政府|街道办|本级|镇级|乡级|街道级/ },
  'enforcement.officers': [
    // newly certified officers are not the total ("新增持证执法人员3名", "5名执法人员新取得执法证")
    {
      clause:
        /新增|新(?:取得|申领|考取|办理|领取|招录|晋)|(?:取得|考取|申领|领取)(?:了)?(?:行政)?执法(?:证|资格)/,
      unlessClause: /全部|均已?|全体|共有|共计|合计|总数|共[\d一二三四五六七八九十]/,
    },
    // nor are those of them with a qualification or background ("执法人员中具有法律职业资格的仅2名",
    // "具有法学专业背景的3人"), unless the qualification is the enforcement certificate itself
    {
      clause:
        /(?:执法人员|执法队员|执法队伍|队员)中|(?:具有|具备|拥有|取得|持有)[^，。；\d]{0,10}?(?:职业资格|律师资格|法学|法律专业|专业背景|学历|学位|背景)|公职律师/,
      unlessClause: /(?:行政)?执法(?:证|资格)|持证/,
    },
  ],
  // a supervision of the government's own work is not an administrative inspection
  // ("开展法治工作专项督查2次"); an inspection of firms stays one
  'enforcement.inspections': {
    clause: /督查|督导/,
    unlessClause: /执法检查|企业|商户|经营户|门店|场所|市场主体/,
  },
  // every document the township issued is not its normative documents ("审查以镇政府名义印发的文件1800余件")
  'normative_docs.reviewed': { clause: /文件/, unlessClause: /规范性|合法性/ },
  // a contract put on record is not a normative document filed ("完成合同备案15份")
  'normative_docs.filed': { clause: /合同|协议/, unlessClause: /规范性文件/ },
  // nor a contract reviewed by the advisor ("完成合同备案12份")
  'advisor.contracts_reviewed': { clause: /备案/, unlessClause: /审查|审核|把关/ },
  // one total of review and litigation together is neither count ("行政复议和行政诉讼案件共5件")
  'litigation.cases': { clause: COMBINED_REVIEW_LITIGATION },
  'reconsideration.cases': { clause: COMBINED_REVIEW_LITIGATION },
};
