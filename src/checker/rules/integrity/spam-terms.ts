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
