// Wordings the checker reads on top of the shared catalogue (src/shared/indicators.ts): the less
// common ways reports state a figure, and the figures next to a cue that count something else.
// Kept as data, each with where the kind was seen: published township reports read for issue 17
// (portal copies from several provinces), written here in our own words.
import { INDICATORS, type Indicator, type IndicatorPhrase } from '../../shared/indicators.ts';

interface Extra {
  units?: readonly string[];
  phrases?: readonly IndicatorPhrase[];
}

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
    ],
  },
  // "查处违法违规行为36件次", "纠正违章行为12起次"
  'enforcement.cases': { units: ['件次', '起次'] },
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
    ],
  },
};

function extend(indicator: Indicator): Indicator {
  const extra = EXTRA[indicator.id];
  if (!extra) return indicator;
  return {
    ...indicator,
    units: [...indicator.units, ...(extra.units ?? []).filter((u) => !indicator.units.includes(u))],
    phrases: [...indicator.phrases, ...(extra.phrases ?? [])],
  };
}

/** The catalogue with the checker's extra wordings: what `extractMetrics` reads by default. */
export const CHECKER_INDICATORS: readonly Indicator[] = INDICATORS.map(extend);

// ---- figures next to a cue that count something else ----

/**
 * Right after the figure, a noun other than the indicator's: "协调解决…等6个难题", "5个村",
 * "3件实事". Seen in reports where a dispute, meeting or advisor cue came just before.
 */
export const OTHER_NOUN_AFTER =
  /^(?:[^，。；、,.;:：！？!?\s\d]{0,3}?)(?:难题|问题|实事|好事|堵点|痛点|难点|项目|课题|村|社区|小组|网格|企业|部门|单位|站所|家庭|建议|议题|事项)/;

/** A named village's own figure: "其中青石村调解纠纷12件" — a part of the township's total. */
export const VILLAGE_SUBCOUNT =
  /^(?:其中)?[，,、\s]*(?:(?![各全每本该])[\u4e00-\u9fa5]){1,4}村(?!民|级|居|务|规|干部|两委|（|\(|社区)/;

/**
 * Per indicator, a clause (text of the figure's clause) that says the figure counts something
 * else. `unlessClause` restores it.
 */
export const NOT_THIS: Record<string, { clause: RegExp; unlessClause?: RegExp }> = {
  // a meeting on major decisions is not a meeting on rule of law ("召开重大决策专题会议15次")
  'leadership.meetings': { clause: /重大(?:行政)?决策|三重一大|重大事项/, unlessClause: /法治|法制|依法治/ },
  // village advisors are the villages', not the township's ("村法律顾问9名", "12个村均聘请法律顾问")
  'advisor.count': { clause: /村|社区|居委/, unlessClause: /[镇乡]政府|街道办|本级|镇级|乡级|街道级/ },
  // newly certified officers are not the total ("新增持证执法人员3名", "5名执法人员新取得执法证")
  'enforcement.officers': {
    clause:
      /新增|新(?:取得|申领|考取|办理|领取|招录|晋)|(?:取得|考取|申领|领取)(?:了)?(?:行政)?执法(?:证|资格)/,
    unlessClause: /全部|均已?|全体|共有|共计|合计|总数/,
  },
};
