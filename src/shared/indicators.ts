// The indicator catalogue of SPEC section 4: one list of the figures an annual report states,
// shared by the ledgers (which compute them) and the report checker (which extracts them from
// prose). Pure data; nothing here may import server, web or checker code.
//
// Phrase patterns describe how township reports state each figure: the noun (and often the verb)
// that names what is counted, written right before the number ("发放宣传资料5000余份") or, less
// often, right after it ("62名法律明白人", "14次专项检查"). The extractor picks, for every number,
// the nearest phrase whose indicator accepts the number's unit.

export type LedgerKind =
  | 'study'
  | 'publicity'
  | 'enforcement'
  | 'disputes'
  | 'petitions'
  | 'normative_docs'
  | 'decisions'
  | 'advisor'
  | 'disclosure'
  | 'review_litigation'
  | 'emergency'
  | 'leadership';

/** Areas of 《法治政府建设实施纲要（2021—2025年）》, plus 学法 and 普法, in report order. */
export type OutlineArea =
  | 'study'
  | 'functions'
  | 'institutions'
  | 'decisions'
  | 'enforcement'
  | 'emergency'
  | 'disputes'
  | 'oversight'
  | 'digital'
  | 'leadership'
  | 'publicity';

export const OUTLINE_AREAS: readonly { id: OutlineArea; label: string }[] = [
  { id: 'study', label: '学法用法' },
  { id: 'functions', label: '政府机构职能体系' },
  { id: 'institutions', label: '依法行政制度体系' },
  { id: 'decisions', label: '行政决策制度体系' },
  { id: 'enforcement', label: '行政执法工作体系' },
  { id: 'emergency', label: '突发事件应对体系' },
  { id: 'disputes', label: '社会矛盾纠纷行政预防调处化解体系' },
  { id: 'oversight', label: '行政权力制约和监督体系' },
  { id: 'digital', label: '法治政府建设科技保障体系' },
  { id: 'leadership', label: '党的领导和第一责任人职责' },
  { id: 'publicity', label: '法治宣传教育' },
];

/** Canonical units of indicators. */
export type IndicatorUnit =
  | '件'
  | '次'
  | '人'
  | '人次'
  | '份'
  | '条'
  | '场'
  | '个'
  | '台'
  | '元'
  | '万元'
  | '%'
  | '项'
  | '名'
  | '期';

export type IndicatorKind = 'count' | 'rate' | 'amount';

export interface IndicatorPhrase {
  /**
   * Names the counted thing. Matched in the clause before the figure (its end nearest the
   * number wins) or, with `after`, at the start of the text right after the figure's unit.
   */
  cue: RegExp;
  after?: boolean;
  /** The phrase counts only when this also appears in the sentence or the enclosing heading. */
  context?: RegExp;
  /** The phrase does not count when this appears in the clause before the figure. */
  unless?: RegExp;
  /** The phrase does not count when this appears in the sentence or the enclosing heading. */
  unlessSentence?: RegExp;
}

export interface Indicator {
  id: string;
  label: string;
  /** Canonical unit, the one the ledger reports in. */
  unit: IndicatorUnit;
  /** Every unit (measure word) with which prose states the figure. */
  units: readonly string[];
  kind: IndicatorKind;
  ledger: LedgerKind;
  area: OutlineArea;
  /** How the draft states it; `{n}` is the figure. Also the first example of the phrases. */
  template: string;
  phrases: readonly IndicatorPhrase[];
  /** Nouns after "无/未发生/未收到…" that state the figure is zero ("无行政复议案件"). */
  zeroNouns?: RegExp;
}

// Audience words that make a 讲座/讲堂 a study lecture for officials rather than public outreach.
const OFFICIALS =
  /干部|机关|班子|职工|公职人员|中心组|领导|党员|工作人员|执法人员|学法|培训|书记|镇长|主任|主要负责人/;
const REVIEW = /案卷|卷宗|评查/;
// Study sessions are for officials about law; 社区矫正 education is not.
const STUDY_SUBJECT = /干部|党委|党员|中心组|机关|班子|领导|法治|法律|法规|宪法|民法典|条例/;
const STUDY_NOT = /矫正|帮教|学生|师生/;
// Outcomes of review and litigation cases are not the number of cases.
const OUTCOME = /败诉|胜诉|撤销|纠错|维持|驳回|确认违法/;
const DISPUTE_CATEGORIES =
  '土地|婚姻|家庭|婚姻家庭|邻里|劳资|劳动|合同|山林|林权|草山|宅基地|债务|债权|物业|相邻|医患|医疗|交通事故|征地|拆迁|征地拆迁|损害赔偿|财产|继承|赡养|抚养|消费|施工|农民工工资|工资';

export const INDICATORS: readonly Indicator[] = [
  // ── 学法 study ────────────────────────────────────────────────────────────────────
  {
    id: 'study.sessions',
    label: '学法活动（中心组学法、会前学法、集中学法）',
    unit: '次',
    units: ['次', '场', '期', '场次'],
    kind: 'count',
    ledger: 'study',
    area: 'study',
    template: '党委理论学习中心组开展学法{n}次',
    phrases: [
      {
        cue: /中心组(?:理论)?(?:学习|学法)|会前学法|集中学(?:习|法)|专题学(?:习|法)|学法(?:活动|会)?|学习会|理论学习|旁听庭审|庭审旁听/,
        unless: STUDY_NOT,
      },
      { cue: /学习/, context: STUDY_SUBJECT, unless: /培训|考试|宣传|普法|矫正|帮教|学生|师生/ },
      { cue: /^(?:专题|集中|会前)?学(?:法|习)/, after: true },
    ],
  },
  {
    id: 'study.lectures',
    label: '法治专题讲座（面向干部）',
    unit: '场',
    units: ['场', '次', '期', '堂', '场次', '节'],
    kind: 'count',
    ledger: 'study',
    area: 'study',
    template: '举办领导干部法治专题讲座{n}场',
    phrases: [
      { cue: /讲座|讲堂|法治课|专题辅导|辅导报告/, context: OFFICIALS },
      { cue: /(?:法治|专题|法律)*党课/ },
      { cue: /^(?:法治|专题|法律)*(?:讲座|讲堂|辅导)/, after: true, context: OFFICIALS },
    ],
  },
  {
    id: 'study.trainings',
    label: '法治培训',
    unit: '期',
    units: ['期', '次', '场', '班', '场次'],
    kind: 'count',
    ledger: 'study',
    area: 'study',
    template: '举办法治培训班{n}期',
    phrases: [
      { cue: /培训(?:班|会|活动)?|轮训|研修/ },
      { cue: /^(?:法治|专题|业务)*(?:培训|轮训)/, after: true },
    ],
  },
  {
    id: 'study.trainees',
    label: '参训人数',
    unit: '人次',
    units: ['人次', '人', '名'],
    kind: 'count',
    ledger: 'study',
    area: 'study',
    template: '培训干部{n}人次',
    phrases: [
      { cue: /培训|轮训|参训(?:人员|人数|干部)?|研修/ },
      { cue: /^[^，。；\d]{0,12}?参加[^，。；\d]{0,12}?(?:培训|轮训|研修)/, after: true },
      // "组织法治培训40场次，覆盖800余人次", "开展法治培训，覆盖镇村干部200余人": whom a training reached
      {
        cue: /覆盖(?:[^，。；\d]{0,6}?(?:干部|党员|职工|人员))?/,
        context: /培训|轮训/,
        unless: /群众|居民|村民|师生|学生/,
      },
    ],
  },
  {
    id: 'study.exam_takers',
    label: '参加学法考试人数',
    unit: '人',
    units: ['人', '名', '人次'],
    kind: 'count',
    ledger: 'study',
    area: 'study',
    template: '组织干部参加学法考试，参考{n}人',
    phrases: [
      { cue: /考试|应考|[已实]考|参考(?:人数|人员)?|参加考试/, unless: /合格|通过|及格|考核/ },
      { cue: /^[^，。；\d]{0,12}?参加[^，。；\d]{0,12}?考试/, after: true },
    ],
  },
  {
    id: 'study.exam_passed',
    label: '学法考试合格人数',
    unit: '人',
    units: ['人', '名', '人次'],
    kind: 'count',
    ledger: 'study',
    area: 'study',
    template: '考试合格{n}人',
    phrases: [{ cue: /合格|通过|及格/, context: /考试|应考|参考|[已实]考/ }],
  },
  {
    id: 'study.exam_pass_rate',
    label: '学法考试合格率',
    unit: '%',
    units: ['%'],
    kind: 'rate',
    ledger: 'study',
    area: 'study',
    template: '学法考试合格率达{n}%',
    phrases: [{ cue: /合格率|通过率|及格率/, context: /考|学法|测试|测评|普法/, unlessSentence: REVIEW }],
  },
  // ── 普法 publicity ─────────────────────────────────────────────────────────────────
  {
    id: 'publicity.events',
    label: '普法宣传活动',
    unit: '场',
    units: ['场', '次', '场次', '轮'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '开展普法宣传活动{n}场',
    phrases: [
      {
        cue: /(?:普法|法治|法制|宣传|法律|宪法|民法典|禁毒|反诈|反电诈|防诈|扫黑|国家安全|安全|主题)[^，。；]{0,10}?活动|普法(?:宣传)?|法治宣传|法制宣传|宣传|送法(?:进\S{1,2})?|法律[六七八]?进\S{0,2}|以案(?:释|说)法/,
        unless: /培训|学习|演练|党日|浏览|阅读|点击/,
      },
      { cue: /^(?:各类|专题|集中)?(?:普法|法治宣传|宣传)(?:活动)?/, after: true },
    ],
  },
  {
    id: 'publicity.talks',
    label: '普法宣讲、讲座',
    unit: '场',
    units: ['场', '次', '场次', '堂', '期', '节'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '开展法治宣讲{n}场',
    phrases: [
      { cue: /宣讲(?:会|活动)?|巡讲|讲法/ },
      { cue: /讲座|讲堂|法治课|法治课堂/, unless: OFFICIALS },
      // "开展“法治流动课堂”18次"
      { cue: /(?:法治|普法|法律)[^，。；\d]{0,4}?课堂/, unless: OFFICIALS },
      { cue: /^(?:法治|普法|专题)*(?:宣讲|讲座)/, after: true, unless: OFFICIALS },
    ],
  },
  {
    id: 'publicity.materials',
    label: '发放宣传资料',
    unit: '份',
    units: ['份', '张', '册', '本', '件', '套'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '发放宣传资料{n}份',
    phrases: [
      {
        cue: /宣传(?:资料|材料|单|册|品|手册|折页|页)|传单|资料|手册|读本|书籍|图书|明白纸|折页|宣传页|法律书|漫画册|小册子|普法材料|(?:发放|派发|分发|赠送)[^，。；\d]{0,8}?(?:材料|册子)/,
      },
    ],
  },
  {
    id: 'publicity.audience',
    label: '普法受众',
    unit: '人次',
    units: ['人次', '人', '名'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '受教育群众{n}人次',
    phrases: [
      {
        cue: /受教育(?:群众|人数|人员)?|受众|受益(?:群众|人数)?|覆盖(?:群众|人群|人数|师生|学生)?|参与(?:群众|人数|师生|学生)|听众|观众/,
        unless: /来访|信访|上访|咨询|培训|考试|志愿者/,
        unlessSentence: /演练|参演/,
      },
      {
        cue: /群众|师生|学生|村民|居民|青少年|干部群众|观众/,
        context: /宣传|普法|法治教育|讲座|宣讲|活动|送法/,
        unless: /来访|信访|上访|咨询|培训|考试|人口|户籍|常住|志愿者/,
        unlessSentence: /演练|参演/,
      },
    ],
  },
  {
    id: 'publicity.banners',
    label: '悬挂横幅、张贴标语海报',
    unit: '条',
    units: ['条', '幅', '张', '块', '副', '处'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '悬挂宣传横幅{n}条',
    phrases: [{ cue: /横幅|标语|条幅|海报|展板|挂图/ }],
  },
  {
    id: 'publicity.online_posts',
    label: '新媒体普法推送',
    unit: '条',
    units: ['条', '篇', '期', '个', '次'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '通过微信公众号推送普法信息{n}条',
    phrases: [
      {
        cue: /推送|转发|公众号|微信群|朋友圈|微博|抖音|短视频|视频号|新媒体|(?:发布|推出)[^，。；]{0,8}?(?:信息|文章|视频|作品)/,
        unless: /浏览|阅读|点击|播放量|政务信息|政府信息|政务公开|信息公开/,
      },
    ],
  },
  {
    id: 'publicity.consultations',
    label: '法律咨询',
    unit: '人次',
    units: ['人次', '次', '人', '件', '起', '名'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '解答群众法律咨询{n}人次',
    phrases: [
      { cue: /咨询(?!台|点|站|室|处|窗口|电话|热线)/ },
      { cue: /^(?:法律|群众)*咨询(?!台|点|站|室|处|窗口|电话|热线)/, after: true },
      // "为300余名群众提供法律咨询"
      { cue: /^(?:群众|村民|居民|企业|老人|学生)[^，。；\d]{0,2}?提供[^，。；\d]{0,4}?咨询/, after: true },
    ],
  },
  {
    id: 'publicity.legal_liaisons',
    label: '法律明白人',
    unit: '名',
    units: ['名', '人', '位'],
    kind: 'count',
    ledger: 'publicity',
    area: 'publicity',
    template: '培育“法律明白人”{n}名',
    phrases: [
      { cue: /法律明白人(?:骨干)?/, unless: /培训|参训/ },
      { cue: /^[“"]?(?:农村|村级|学法用法)?[“"]?法律明白人/, after: true },
    ],
  },
  // ── 法律顾问 advisor ────────────────────────────────────────────────────────────────
  {
    id: 'advisor.count',
    label: '法律顾问',
    unit: '名',
    units: ['名', '人', '位'],
    kind: 'count',
    ledger: 'advisor',
    area: 'decisions',
    template: '聘请法律顾问{n}名',
    phrases: [
      { cue: /法律顾问/, unless: /咨询|合同|决策|审查|审核/ },
      { cue: /律师/, context: /法律顾问/, unless: /咨询|合同|决策|审查|审核/ },
      {
        cue: /^(?:专职|常年|政府)?法律顾问|^(?:专职|执业)?律师[^，。；\d]{0,4}?(?:担任|作为|为)[^，。；\d]{0,6}?法律顾问/,
        after: true,
      },
    ],
  },
  {
    id: 'advisor.contracts_reviewed',
    label: '法律顾问审查合同',
    unit: '份',
    units: ['份', '件', '个', '次', '项'],
    kind: 'count',
    ledger: 'advisor',
    area: 'decisions',
    template: '法律顾问审查合同{n}份',
    phrases: [{ cue: /合同(?:协议)?|协议合同/ }],
  },
  {
    id: 'advisor.decisions',
    label: '法律顾问参与重大决策',
    unit: '次',
    units: ['次', '件', '项', '个'],
    kind: 'count',
    ledger: 'advisor',
    area: 'decisions',
    template: '法律顾问参与重大行政决策{n}次',
    phrases: [
      { cue: /(?:参与|列席|审查|审核|论证|把关)[^，。；]{0,8}?决策(?:事项|行为|会议)?/ },
      { cue: /决策(?:事项)?[^，。；]{0,4}?(?:合法性)?(?:审查|审核|论证)/ },
      { cue: /决策/, context: /法律顾问|律师/ },
    ],
  },
  {
    id: 'advisor.consultations',
    label: '法律顾问提供法律咨询',
    unit: '次',
    units: ['次', '件', '人次', '条'],
    kind: 'count',
    ledger: 'advisor',
    area: 'decisions',
    template: '法律顾问为党委政府提供法律咨询{n}次',
    phrases: [
      // "法律顾问为镇党委政府提供法律咨询56次": the advisor's consultations for the government; the
      // citizens' ("为群众提供法律咨询") stay 普法's (publicity.consultations).
      {
        cue: /(?:法律顾问|顾问律师)[^，。；\d]{0,4}?为(?:[镇乡]|街道)?(?:党委|政府|党委政府|党委、政府|党工委|办事处|机关|各部门)[^，。；\d]{0,8}?(?:提供|出具)[^，。；\d]{0,4}?(?:法律)?咨询(?:意见)?/,
      },
    ],
  },
  // ── 重大行政决策 decisions ─────────────────────────────────────────────────────────
  {
    id: 'decisions.total',
    label: '重大行政决策事项',
    unit: '项',
    units: ['项', '件', '个'],
    kind: 'count',
    ledger: 'decisions',
    area: 'decisions',
    template: '作出重大行政决策{n}项',
    phrases: [
      {
        cue: /(?:作出|出台|制定|实施|公布|研究)[^，。；]{0,6}?重大(?:行政)?决策(?:事项)?|重大(?:行政)?决策(?:事项)?目录/,
        unless: /法律顾问|律师|参与|审查|审核/,
      },
    ],
  },
  {
    id: 'decisions.participation',
    label: '向社会公开征求意见的重大行政决策',
    unit: '项',
    units: ['项', '件', '个'],
    kind: 'count',
    ledger: 'decisions',
    area: 'decisions',
    template: '向社会公开征求意见的重大行政决策{n}项',
    phrases: [
      {
        cue: /(?:向社会)?(?:公开征求(?:公众)?意见|征求(?:社会)?公众意见)[^，。；]{0,6}?重大(?:行政)?决策(?:事项)?/,
      },
      { cue: /重大(?:行政)?决策(?:事项)?[^，。；]{0,4}?(?:向社会)?公开征求(?:公众)?意见/ },
    ],
  },
  {
    id: 'decisions.legality_reviewed',
    label: '经合法性审查的重大行政决策',
    unit: '项',
    units: ['项', '件', '个'],
    kind: 'count',
    ledger: 'decisions',
    area: 'decisions',
    template: '经合法性审查的重大行政决策{n}项',
    phrases: [
      {
        cue: /(?:经|通过|完成)(?:过)?合法性审查[^，。；]{0,6}?重大(?:行政)?决策(?:事项|草案)?/,
        unless: /法律顾问|律师/,
      },
    ],
  },
  {
    id: 'decisions.post_evaluated',
    label: '开展决策后评估的重大行政决策',
    unit: '项',
    units: ['项', '件', '个'],
    kind: 'count',
    ledger: 'decisions',
    area: 'decisions',
    template: '开展重大行政决策后评估{n}项',
    phrases: [{ cue: /决策(?:实施)?后评估/ }],
  },
  {
    id: 'decisions.comments',
    label: '重大行政决策收到公众意见建议',
    unit: '条',
    units: ['条', '件', '份'],
    kind: 'count',
    ledger: 'decisions',
    area: 'decisions',
    template: '重大行政决策公开征求意见期间收到公众意见建议{n}条',
    phrases: [
      {
        cue: /(?:收到|收集|征集|征求到)[^，。；]{0,6}?(?:社会)?(?:公众|群众)意见(?:建议)?/,
        unless: /采纳/,
      },
    ],
  },
  {
    id: 'decisions.comments_adopted',
    label: '采纳公众意见建议',
    unit: '条',
    units: ['条', '件', '份'],
    kind: 'count',
    ledger: 'decisions',
    area: 'decisions',
    template: '采纳公众意见建议{n}条',
    phrases: [{ cue: /采纳(?:社会)?(?:公众|群众)?(?:意见|建议)(?:建议)?/ }],
  },
  // ── 行政执法 enforcement ───────────────────────────────────────────────────────────
  {
    id: 'enforcement.officers',
    label: '持证行政执法人员',
    unit: '名',
    units: ['名', '人', '位'],
    kind: 'count',
    ledger: 'enforcement',
    area: 'enforcement',
    template: '持证行政执法人员{n}名',
    phrases: [
      {
        cue: /执法(?:人员|队员|力量)|持(?:有)?(?:行政)?执法证(?:件)?(?:人员|的人员)?|持证(?:执法)?人员|执法证/,
        unless: /培训|参训|考试|出动|学习|轮训/,
      },
      { cue: /^(?:持证|综合)?(?:行政)?执法(?:人员|队员)/, after: true, unless: /出动/ },
    ],
  },
  {
    id: 'enforcement.recorders',
    label: '执法记录仪',
    unit: '台',
    units: ['台', '部', '个', '套'],
    kind: 'count',
    ledger: 'enforcement',
    area: 'digital',
    template: '配备执法记录仪{n}台',
    phrases: [{ cue: /执法记录仪|记录仪/ }, { cue: /^(?:行政)?执法记录仪/, after: true }],
  },
  {
    id: 'enforcement.cases',
    label: '行政执法案件',
    unit: '件',
    units: ['件', '起', '宗', '份'],
    kind: 'count',
    ledger: 'enforcement',
    area: 'enforcement',
    template: '办理行政处罚案件{n}件',
    phrases: [
      {
        cue: /(?:行政处罚|处罚|执法|违法|违章|违规|简易程序|普通程序)[^，。；]{0,4}?案(?:件|卷)?|立案(?:查处)?|查处|查办|纠违|纠正[^，。；]{0,4}?违(?:法|章|规)(?:行为)?|办理[^，。；]{0,6}?案件|(?:行政)?处罚决定(?:书)?|首违不罚|(?:作出|实施|给予|办理)行政处罚/,
        // "立案撤销8件", "撤销立案2件" are cases withdrawn, not cases handled
        unless: /援助|诉讼|复议|信访|评查|纠纷|撤销|撤案/,
      },
    ],
    zeroNouns: /行政处罚(?:案件)?|执法案件/,
  },
  {
    id: 'enforcement.fines',
    label: '罚没款金额',
    unit: '元',
    units: ['元', '万元'],
    kind: 'amount',
    ledger: 'enforcement',
    area: 'enforcement',
    template: '处罚款{n}元',
    phrases: [{ cue: /罚款|罚没|罚金|处罚金额|处罚款/ }],
  },
  {
    id: 'enforcement.inspections',
    label: '行政检查',
    unit: '次',
    units: ['次', '家次', '户次', '场次', '家', '户', '批次'],
    kind: 'count',
    ledger: 'enforcement',
    area: 'enforcement',
    template: '开展行政执法检查{n}次',
    phrases: [
      { cue: /检查|巡查|督查|抽查|双随机|排查整治/, unless: /评查|考试|学习|案卷|隐患/ },
      { cue: /^(?:各类|专项|安全|执法|行政|联合|日常)*(?:检查|巡查|抽查)/, after: true },
      // "对122家企业开展安全生产执法检查": the inspected entities.
      {
        cue: /^(?:企业|经营户|商户|门店|场所|单位|经营主体)[^，。；\d]{0,4}?(?:开展|进行)[^，。；\d]{0,10}?(?:检查|巡查|抽查)/,
        after: true,
      },
    ],
  },
  // ── 矛盾纠纷 disputes ──────────────────────────────────────────────────────────────
  {
    id: 'disputes.total',
    label: '排查调解矛盾纠纷',
    unit: '件',
    units: ['件', '起', '宗', '个'],
    kind: 'count',
    ledger: 'disputes',
    area: 'disputes',
    template: '全年共排查调解各类矛盾纠纷{n}件',
    phrases: [
      // A category ("婚姻家庭纠纷30件") is part of the total, not the total.
      { cue: new RegExp(`(?<!(?:${DISPUTE_CATEGORIES})类?)纠纷|矛盾`) },
      { cue: /^(?:各类)?(?:矛盾)?纠纷/, after: true },
    ],
  },
  {
    id: 'disputes.resolved',
    label: '调解成功',
    unit: '件',
    units: ['件', '起', '宗', '个', '份'],
    kind: 'count',
    ledger: 'disputes',
    area: 'disputes',
    template: '调解成功{n}件',
    phrases: [
      {
        cue: /(?:(?:调解|化解|调处)成功|成功(?:调解|化解|调处))(?:[^，。；、]{0,10}?纠纷)?|达成(?:调解)?协议/,
      },
      { cue: /成功|化解|达成协议/, context: /纠纷|调解|调处/ },
    ],
  },
  {
    id: 'disputes.success_rate',
    label: '调解成功率',
    unit: '%',
    units: ['%'],
    kind: 'rate',
    ledger: 'disputes',
    area: 'disputes',
    template: '调解成功率{n}%',
    phrases: [{ cue: /(?:调解|化解|调处)?成功率|化解率|调处率|调解率/ }],
  },
  // ── 信访 petitions, 12345 hotline ───────────────────────────────────────────────────
  {
    id: 'petitions.total',
    label: '信访事项',
    unit: '件',
    units: ['件', '起', '宗', '批次', '人次', '件次'],
    kind: 'count',
    ledger: 'petitions',
    area: 'disputes',
    template: '受理群众信访事项{n}件',
    phrases: [
      {
        cue: /信访(?:事项|件|案件|问题)?|来信来访|来访(?:群众|人员)?|上访|群众来信/,
        unless: /参与|协助|积案/,
      },
    ],
    zeroNouns: /信访(?:事项|案件)?|越级(?:上)?访|集体访|进京(?:上)?访/,
  },
  {
    id: 'hotline.total',
    label: '12345等热线诉求',
    unit: '件',
    units: ['件', '条', '个', '单', '宗'],
    kind: 'count',
    ledger: 'petitions',
    area: 'disputes',
    template: '办理12345热线诉求{n}件',
    phrases: [
      { cue: /热线|工单|民呼我为|接诉即办|12345|8890|12315|平台转办|转办件/ },
      // "诉求" alone may be an enterprise's or a visitor's request: only with a hotline in the sentence
      { cue: /诉求/, context: /热线|工单|接诉|12345|8890|12315|市民服务|便民服务平台|政务服务平台|转办/ },
    ],
  },
  // ── 政务公开 disclosure ────────────────────────────────────────────────────────────
  {
    id: 'disclosure.published',
    label: '主动公开政府信息',
    unit: '条',
    units: ['条', '件', '篇', '项'],
    kind: 'count',
    ledger: 'disclosure',
    area: 'oversight',
    template: '主动公开政府信息{n}条',
    phrases: [
      {
        cue: /主动公开|(?:公开|发布)[^，。；]{0,6}?(?:政府|政务)信息|政务公开|公开栏|信息公开|(?:网站|门户|政务新媒体|公众号)[^，。；\d]{0,6}?(?:公开|发布)[^，。；\d]{0,4}?信息/,
        unless: /依申请|申请公开|推送|普法/,
      },
    ],
  },
  {
    id: 'disclosure.requests',
    label: '政府信息公开申请',
    unit: '件',
    units: ['件', '份', '条', '个'],
    kind: 'count',
    ledger: 'disclosure',
    area: 'oversight',
    template: '办理政府信息公开申请{n}件',
    phrases: [{ cue: /依申请公开|(?:信息)?公开申请|申请公开/ }],
    zeroNouns: /(?:政府)?信息公开申请|依申请公开(?:申请|事项)?/,
  },
  // ── 复议应诉 review and litigation ───────────────────────────────────────────────────
  {
    id: 'litigation.cases',
    label: '行政诉讼案件',
    unit: '件',
    units: ['件', '起', '宗'],
    kind: 'count',
    ledger: 'review_litigation',
    area: 'oversight',
    template: '办理行政诉讼案件{n}件',
    phrases: [{ cue: /行政诉讼|行政应诉|被诉|应诉案件|诉讼案件/, unless: OUTCOME }],
    zeroNouns: /行政诉讼|行政应诉/,
  },
  {
    id: 'litigation.appearance_rate',
    label: '行政机关负责人出庭应诉率',
    unit: '%',
    units: ['%'],
    kind: 'rate',
    ledger: 'review_litigation',
    area: 'oversight',
    template: '行政机关负责人出庭应诉率{n}%',
    phrases: [{ cue: /出庭(?:应诉)?率/ }],
  },
  {
    // 败诉率 = 审结的行政诉讼案件中被判决撤销、确认违法或无效、责令履行、给付或变更的件数 ÷ 审结件数.
    id: 'litigation.loss_rate',
    label: '行政诉讼败诉率',
    unit: '%',
    units: ['%'],
    kind: 'rate',
    ledger: 'review_litigation',
    area: 'oversight',
    template: '行政诉讼败诉率{n}%',
    phrases: [{ cue: /败诉率/ }],
  },
  {
    id: 'reconsideration.cases',
    label: '行政复议案件',
    unit: '件',
    units: ['件', '起', '宗'],
    kind: 'count',
    ledger: 'review_litigation',
    area: 'oversight',
    template: '办理行政复议案件{n}件',
    phrases: [{ cue: /行政复议|复议案件|复议/, unless: OUTCOME }],
    zeroNouns: /行政复议/,
  },
  // ── 规范性文件 normative documents ──────────────────────────────────────────────────
  {
    id: 'normative_docs.issued',
    label: '制发行政规范性文件',
    unit: '件',
    units: ['件', '份', '个'],
    kind: 'count',
    ledger: 'normative_docs',
    area: 'institutions',
    template: '制发行政规范性文件{n}件',
    phrases: [
      {
        cue: /(?:制定|出台|印发|制发|发布)[^，。；]{0,8}?规范性文件/,
        unless: /审核|审查|备案|清理/,
      },
    ],
  },
  {
    id: 'normative_docs.reviewed',
    label: '规范性文件合法性审核',
    unit: '件',
    units: ['件', '份', '个'],
    kind: 'count',
    ledger: 'normative_docs',
    area: 'institutions',
    template: '对规范性文件进行合法性审核{n}件',
    phrases: [
      { cue: /(?:审核|审查)[^，。；]{0,10}?(?:规范性)?文件/, context: /规范性文件|合法性/ },
      { cue: /规范性文件[^，。；]{0,10}?(?:合法性)?(?:审核|审查)/ },
    ],
  },
  {
    id: 'normative_docs.filed',
    label: '规范性文件备案',
    unit: '件',
    units: ['件', '份', '个'],
    kind: 'count',
    ledger: 'normative_docs',
    area: 'institutions',
    template: '报送规范性文件备案{n}件',
    phrases: [{ cue: /备案/, context: /规范性文件|文件/ }],
  },
  {
    id: 'normative_docs.cleaned',
    label: '清理规范性文件',
    unit: '件',
    units: ['件', '份', '个'],
    kind: 'count',
    ledger: 'normative_docs',
    area: 'institutions',
    template: '清理规范性文件{n}件',
    phrases: [{ cue: /清理/, context: /规范性文件|文件/ }],
  },
  {
    id: 'normative_docs.repealed',
    label: '废止规范性文件',
    unit: '件',
    units: ['件', '份', '个'],
    kind: 'count',
    ledger: 'normative_docs',
    area: 'institutions',
    template: '废止规范性文件{n}件',
    phrases: [{ cue: /废止|宣布失效/, context: /规范性文件|文件/ }],
  },
  {
    id: 'normative_docs.in_force',
    label: '现行有效规范性文件',
    unit: '件',
    units: ['件', '份', '个'],
    kind: 'count',
    ledger: 'normative_docs',
    area: 'institutions',
    template: '现行有效规范性文件{n}件',
    phrases: [{ cue: /现行有效|继续有效|有效的?(?:行政)?规范性文件/, context: /规范性文件|文件/ }],
  },
  // ── 突发事件应对 emergency ──────────────────────────────────────────────────────────
  {
    id: 'emergency.plans',
    label: '应急预案',
    unit: '个',
    units: ['个', '项', '件', '部', '套'],
    kind: 'count',
    ledger: 'emergency',
    area: 'emergency',
    template: '修订完善应急预案{n}个',
    phrases: [{ cue: /预案/ }],
  },
  {
    id: 'emergency.drills',
    label: '应急演练',
    unit: '次',
    units: ['次', '场', '场次'],
    kind: 'count',
    ledger: 'emergency',
    area: 'emergency',
    template: '开展应急演练{n}次',
    phrases: [{ cue: /演练/ }, { cue: /^(?:各类|应急|专项|综合)*演练/, after: true }],
  },
  {
    id: 'emergency.drill_participants',
    label: '应急演练参演人员',
    unit: '人次',
    units: ['人次', '人', '名'],
    kind: 'count',
    ledger: 'emergency',
    area: 'emergency',
    template: '参演人员{n}人次',
    phrases: [{ cue: /参演(?:人员|群众|干部)?|参(?:与|加)(?:应急)?演练(?:的)?(?:人员|群众|干部)?/ }],
  },
  {
    id: 'emergency.events',
    label: '处置突发事件',
    unit: '件',
    units: ['起', '件', '次'],
    kind: 'count',
    ledger: 'emergency',
    area: 'emergency',
    template: '妥善处置突发事件{n}起',
    phrases: [
      { cue: /(?:处置|应对|处理)[^，。；\d]{0,8}?突发(?:事件|事故|险情)|突发事件/, unless: /预案|演练/ },
    ],
  },
  // ── 第一责任人 leadership ───────────────────────────────────────────────────────────
  {
    id: 'leadership.meetings',
    label: '党委（政府）研究法治工作会议',
    unit: '次',
    units: ['次', '场'],
    kind: 'count',
    ledger: 'leadership',
    area: 'leadership',
    template: '党委会、政府常务会议专题研究法治建设工作{n}次',
    phrases: [
      {
        cue: /(?:研究|部署|听取|专题研究)[^，。；]{0,14}?(?:法治|依法|法制|述法)[^，。；]{0,10}|(?:党委会|常务会|专题会|党委理论学习中心组会|书记办公会)(?:议)?/,
        context: /法治|依法|法制|述法/,
        unless: /学法|学习/,
      },
      { cue: /^(?:党委会|常务会|专题会|书记办公会)/, after: true, context: /法治|依法|法制/ },
    ],
  },
  {
    // 述法: a principal leader reports on performing the duty of 第一责任人.
    id: 'leadership.shufa',
    label: '党政主要负责人述法',
    unit: '次',
    units: ['次', '场'],
    kind: 'count',
    ledger: 'leadership',
    area: 'leadership',
    template: '党政主要负责人述法{n}次',
    phrases: [{ cue: /述法/ }],
  },
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

/** The catalogue entry of an indicator id, or undefined for an unknown id. */
export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

/** The catalogue entry of an indicator id; throws for an unknown id (a programming error). */
export function getIndicator(id: string): Indicator {
  const indicator = BY_ID.get(id);
  if (!indicator) throw new Error(`unknown indicator: ${id}`);
  return indicator;
}

/** The indicators a ledger contributes, in catalogue order. */
export function indicatorsOfLedger(ledger: LedgerKind): Indicator[] {
  return INDICATORS.filter((indicator) => indicator.ledger === ledger);
}

/** The indicators of a 纲要 area, in catalogue order (the draft builds one paragraph per area). */
export function indicatorsOfArea(area: OutlineArea): Indicator[] {
  return INDICATORS.filter((indicator) => indicator.area === area);
}

/** States a figure as the draft writes it: template with `{n}` replaced. */
export function formatIndicator(indicator: Indicator, value: number): string {
  return indicator.template.replace('{n}', String(value));
}
