// The texts of the emergency ledger's demo year (seeds.ts): the special plans a township makes, the
// drills of each season and the kinds of event a township handles. Fictional, but in the words and
// the proportions of township 应急管理 work.

/** The office that drafts a township's plans. */
export const HEADS_OF_DRAFTING = ['党政办公室（应急管理办公室）', '应急管理办公室'] as const;

export interface SpecialPlan {
  name: string;
  category: 'natural' | 'accident' | 'health' | 'security';
  /** The month drafting starts (before the season the plan is for). */
  month: number;
  forAll?: boolean;
  summary: string;
}

export const SPECIAL_PLANS: readonly SpecialPlan[] = [
  {
    name: '防汛抗旱应急预案',
    category: 'natural',
    month: 3,
    forAll: true,
    summary: '明确汛期值班值守、雨情水情监测预警、危险区域人员转移避险和抢险救灾的分工与程序。',
  },
  {
    name: '地质灾害防治应急预案',
    category: 'natural',
    month: 2,
    summary: '对辖区地质灾害隐患点实行群测群防，明确预警信号、转移路线、临时避险点和应急处置措施。',
  },
  {
    name: '森林草原火灾应急预案',
    category: 'natural',
    month: 1,
    summary: '明确森林防火期野外用火管理、火情报告、扑救力量组织和群众疏散安置措施。',
  },
  {
    name: '安全生产事故应急预案',
    category: 'accident',
    month: 5,
    forAll: true,
    summary: '规定生产安全事故的信息报告、先期处置、现场管控、救援协调和善后处理。',
  },
  {
    name: '突发公共卫生事件应急预案',
    category: 'health',
    month: 8,
    summary: '规定传染病疫情、群体性不明原因疾病和食物中毒事件的报告、隔离管控与医疗救治配合措施。',
  },
  {
    name: '群体性事件应急处置预案',
    category: 'security',
    month: 6,
    summary: '明确矛盾纠纷引发的群体性事件的预警研判、现场劝导、依法处置和舆情应对。',
  },
];

export interface DrillSpec {
  title: string;
  plan: string;
  form: 'tabletop' | 'field' | 'combined';
  category: 'natural' | 'accident' | 'health' | 'security';
  month: number;
  from?: number;
  to?: number;
  forAll?: boolean;
  /** Held in a village or community rather than at the township. */
  village?: boolean;
  people: [number, number];
  location: string;
  findings: readonly string[];
  improvements: readonly string[];
}

export const DRILLS: readonly DrillSpec[] = [
  {
    title: '森林防火应急演练',
    plan: '森林草原火灾应急预案',
    form: 'field',
    category: 'natural',
    month: 3,
    village: true,
    people: [40, 90],
    location: '村后山林区',
    findings: ['扑火队员集结用时偏长，部分风力灭火机未按时保养', '通讯联络以手机为主，山区信号盲区未覆盖'],
    improvements: ['每月检查扑火机具并登记，集结时间压缩至30分钟内', '配备对讲机，明确盲区联络员'],
  },
  {
    title: '防汛抢险及人员转移避险演练',
    plan: '防汛抗旱应急预案',
    form: 'combined',
    category: 'natural',
    month: 5,
    forAll: true,
    village: true,
    people: [60, 180],
    location: '河道沿岸及临时避险点',
    findings: ['个别转移对象底数未及时更新，独居老人转移需专人帮扶', '避险点物资清单与实物不一致'],
    improvements: ['逐户更新转移人员名册，落实“一对一”帮扶责任人', '汛前盘点避险点物资并公示'],
  },
  {
    title: '“5·12”防灾减灾日地震应急疏散演练',
    plan: 'overall',
    form: 'field',
    category: 'natural',
    month: 5,
    from: 8,
    to: 15,
    forAll: true,
    people: [150, 400],
    location: '辖区中心小学',
    findings: ['疏散楼梯口拥堵，个别班级未按指定路线疏散'],
    improvements: ['调整疏散路线并张贴示意图，每学期至少开展一次疏散演练'],
  },
  {
    title: '“安全生产月”危险化学品泄漏应急演练',
    plan: '安全生产事故应急预案',
    form: 'combined',
    category: 'accident',
    month: 6,
    forAll: true,
    people: [30, 80],
    location: '辖区加油站及周边',
    findings: ['企业先期处置与镇应急队伍衔接不顺，警戒范围划定偏小'],
    improvements: ['修订企业现场处置方案，明确警戒半径和交接程序'],
  },
  {
    title: '地质灾害避险转移演练',
    plan: '地质灾害防治应急预案',
    form: 'field',
    category: 'natural',
    month: 4,
    village: true,
    people: [50, 120],
    location: '地质灾害隐患点',
    findings: ['预警铜锣、口哨等简易预警设备不足'],
    improvements: ['为每个隐患点补充简易预警设备，明确监测员和预警信号'],
  },
  {
    title: '突发公共卫生事件应急处置桌面推演',
    plan: '突发公共卫生事件应急预案',
    form: 'tabletop',
    category: 'health',
    month: 9,
    people: [20, 40],
    location: '政府会议室',
    findings: ['信息报告流程中卫生院与村（社区）的职责边界不清'],
    improvements: ['明确卫生院首报责任和村（社区）协助排查职责，修订联络表'],
  },
  {
    title: '“11·9”消防宣传日消防疏散演练',
    plan: 'overall',
    form: 'field',
    category: 'accident',
    month: 11,
    from: 5,
    to: 12,
    forAll: true,
    people: [60, 200],
    location: '政府机关及便民服务中心',
    findings: ['部分工作人员不会使用室内消火栓'],
    improvements: ['组织全员消防器材实操培训，每季度检查一次消防设施'],
  },
];

export interface EventSpec {
  title: string;
  category: 'natural' | 'accident' | 'health' | 'security';
  month: number;
  hours: [number, number];
  location: string;
  description: string;
  measures: string;
  injuries?: number;
  affected?: [number, number];
  /** 直接经济损失 in 万元. */
  loss?: [number, number];
  /** Happens in a village rather than a community. */
  rural?: boolean;
  summary: string;
  improvements: string;
}

export const EVENTS: readonly EventSpec[] = [
  {
    title: '强降雨引发局部山洪',
    rural: true,
    category: 'natural',
    month: 7,
    hours: [1, 6],
    location: '沿河村组',
    description: '持续强降雨致河水猛涨，部分农田、道路被淹，两处便桥受损。',
    measures: '启动防汛Ⅳ级应急响应，组织危险区域群众转移避险，设置警戒封闭受损便桥，开展灾情核查。',
    affected: [30, 120],
    loss: [5, 40],
    summary: '预警信息发布及时，群众转移有序，无人员伤亡；暴露出部分村组转移预案不够具体。',
    improvements: '细化村组转移路线和责任人，汛前开展针对性演练。',
  },
  {
    title: '山体滑坡阻断村道',
    rural: true,
    category: 'natural',
    month: 6,
    hours: [5, 18],
    location: '村道',
    description: '连日降雨致村道边坡滑塌，约200立方米土石阻断道路。',
    measures: '设置警示标志和临时管控，组织机械清理，对周边农户开展隐患排查并转移受威胁群众。',
    affected: [8, 30],
    loss: [2, 15],
    summary: '处置及时，道路当日恢复通行；边坡监测不到位。',
    improvements: '将该边坡纳入地质灾害隐患点监测，落实专职监测员。',
  },
  {
    title: '民房火灾',
    rural: true,
    category: 'accident',
    month: 1,
    hours: [18, 23],
    location: '村民住宅',
    description: '村民住宅因电线老化引发火灾，烧毁房屋一间及部分家具。',
    measures: '组织志愿消防队先期扑救，配合消防救援站灭火，安置受灾群众并开展用电安全排查。',
    injuries: 1,
    affected: [3, 6],
    loss: [3, 12],
    summary: '先期处置得当，火势未蔓延；农村老旧线路隐患突出。',
    improvements: '开展农村电气线路隐患专项排查整治。',
  },
  {
    title: '道路交通事故',
    category: 'accident',
    month: 10,
    hours: [7, 19],
    location: '县道路段',
    description: '一辆货车与一辆农用三轮车相撞，造成人员受伤。',
    measures: '配合交警管控现场、疏导交通，联系120转运伤员，做好家属安抚。',
    injuries: 2,
    loss: [1, 5],
    summary: '现场处置有序；事故路段缺少减速和警示设施。',
    improvements: '向县交通运输部门报告，增设减速带和警示标志。',
  },
  {
    title: '集体聚餐疑似食物中毒',
    rural: true,
    category: 'health',
    month: 8,
    hours: [12, 21],
    location: '村民家宴',
    description: '村民家宴后多人出现呕吐、腹泻症状。',
    measures: '组织送医救治，协助市场监管和疾控部门封存剩余食品、采样调查，开展农村集体聚餐食品安全宣传。',
    injuries: 9,
    summary: '患者均经治疗好转出院；农村集体聚餐备案和厨师健康管理落实不到位。',
    improvements: '落实农村集体聚餐报告备案制度，对乡村厨师开展培训。',
  },
  {
    title: '欠薪引发聚集讨薪',
    category: 'security',
    month: 12,
    hours: [8, 11],
    location: '在建工地门口',
    description: '某在建项目务工人员因工资拖欠聚集讨薪。',
    measures: '现场劝导疏散，联合人社部门约谈施工企业，督促制定工资支付计划并依法处理。',
    affected: [15, 40],
    summary: '当日平息，工资按计划支付；工程建设领域欠薪风险排查不够。',
    improvements: '每季度对在建项目开展欠薪风险排查，落实工资专用账户制度。',
  },
];
