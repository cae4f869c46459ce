// Vocabulary of the gambling, betting, adult and SEO text that attackers inject into government
// websites. Official reports do mention gambling — to fight it (打击跨境赌博) — so words are weighed
// with their context by the rule, not matched alone.

/** Gambling and betting product words that official prose does not use to describe its own work. */
export const GAMBLING = [
  '娱乐城',
  '百家乐',
  '真人视讯',
  '真人娱乐',
  '真人荷官',
  '电子游艺',
  '老虎机',
  '六合彩',
  '时时彩',
  '北京赛车',
  '幸运飞艇',
  '体育投注',
  '足球投注',
  '在线投注',
  '网上投注',
  '博彩',
  '赌场',
  '彩票网',
  '棋牌游戏',
  '棋牌平台',
  '棋牌app',
  '赌球',
  '德州扑克',
  '捕鱼游戏',
  '葡京',
  '威尼斯人',
  '皇冠体育',
  '开云体育',
  '彩金',
];

/** Adult-content words. */
export const ADULT = [
  '色情',
  '成人视频',
  '成人电影',
  '成人网站',
  '成人网址',
  '黄色网站',
  '裸聊',
  '约炮',
  '一夜情',
  '援交',
  '情色',
  '激情视频',
  '小姐上门',
  '同城约',
  'av电影',
  '亚洲av',
  '一区二区',
  '爱爱视频',
  '精品视频',
  '少妇',
  '人妻',
  '黄片',
  '毛片',
  '午夜福利',
  '偷拍',
  '日韩欧美',
  '国产精品',
  '国产在线',
];

/** Words of advertising: how spam asks the reader to act. */
export const PROMO = [
  '官网',
  '官方网站',
  '网址',
  '登录',
  '登陆',
  '入口',
  '下载',
  '注册',
  '开户',
  '充值',
  '提现',
  '提款',
  '返水',
  '首存',
  '优惠',
  '信誉',
  '导航',
  '在线',
  '免费',
  '稳赢',
  '包赢',
  '赔率',
  '代理',
  '平台',
  '秒到账',
  '最新地址',
  '在线播放',
  '在线观看',
  '免费观看',
  '免费播放',
  '备用网址',
];

/** Phrases that never occur in official prose, whatever the context. */
export const ALWAYS_SPAM = [
  '开户送彩金',
  '注册送彩金',
  '首存送',
  '送彩金',
  '返水',
  '稳赢',
  '包赢',
  '秒到账',
  '备用网址',
  '真人视讯',
  '百家乐官网',
];

/** Words of a report that writes about gambling or pornography in order to fight it. */
export const CRACKDOWN =
  /打击|整治|严厉|防范|防止|预防|非法|犯罪|违法|禁止|严禁|查处|取缔|抵制|远离|宣传|专项|治理|扫黄|打非|举报|涉黄|涉赌|反|危害|警惕|诈骗|依法|案件|教育|提醒|侦破|抓获|拒绝|清理|清除|清查|净化|整顿|封堵|关停|屏蔽|过滤|低俗|有害|不良|监管|管控|排查|检查|巡查|处置|遏制|杜绝|受害|上当|陷阱/;

/** Host names that look like gambling sites (bet365, 888casino, xpj, amjs …). */
export const SPAM_HOST =
  /(casino|bet\d*|poker|slot|bingo|lottery|xpj|amjs|pj\d+|ylc|yl\d+|bc\d+|hg\d+|vns|js\d{2,}|\d{3,}\.(?:com|net|cc|vip|top|app))/i;

/**
 * Betting vocabulary by pattern, for brand names no list can keep up with: a word of the trade
 * next to a brand-shaped span ("××体育平台", "××娱乐城", "××彩票网", "××比分：", "注册送88元").
 * Official prose has no use for these, so the rule needs no promotion word with them; only a
 * crackdown word right next to the match ("打击××彩票网") excuses it. Each kind was seen on
 * compromised disclosure pages that carried township reports (issue 17):
 * - a score ticker inserted into a sentence: "县委、县政府××比分：…";
 * - "××体育"/"××娱乐" + 平台/官网/APP/入口 inserted into prose or into a 《》 title;
 * - casino and lottery sites: 娱乐城, 彩票网, 棋牌平台, 真人视讯;
 * - sign-up bonuses: 注册送, 首存送, 首充送, 体验金, 彩金.
 */
export const GAMBLING_PATTERNS: readonly RegExp[] = [
  /比分(?:直播|网|查询|预测)?\s*[:：]|(?:即时|足球|篮球|体育)比分/,
  /(?:[A-Za-z0-9]{2,12}|[\u4e00-\u9fa5]{2,4})(?:体育|娱乐|电竞|棋牌|彩票)(?:平台|官网|官方|app|APP|App|入口|网址|下载|注册|登录|登陆|网页版|手机版|首页)/,
  /体育平台|娱乐平台|娱乐城|彩票网|彩票平台|棋牌平台|电子游艺|真人视讯|真人娱乐/,
  /注册(?:即|就)?送|首[存充]送|体验金|彩金|存款送|天天返|反水|返水/,
  /(?:在线|网上|手机)?(?:投注|下注|押注)(?:平台|网站|网址|入口|app|APP)|(?:让球|大小球|亚盘|盘口|滚球)(?:推荐|分析|平台|网址)?/,
];
