import { testRule } from '../test-util.ts';
import rule from './spam.ts';

testRule(rule, {
  valid: [
    '加大对打击电信诈骗、跨境赌博犯罪的宣传力度。',
    '开展扫黄打非专项行动，查处涉赌涉黄场所两处。',
    '老年活动中心设有阅览室和棋牌室。',
    '金沙镇综合执法大队开展执法检查。',
    '依托政务服务平台，实现网上注册、在线办理。',
  ],
  invalid: [
    { text: '澳门百家乐官网，真人视讯在线开户。', excerpts: ['百家乐'] },
    { text: '全年办理案件三件。新葡京娱乐城注册即送彩金，信誉平台。', excerpts: ['送彩金'] },
    { text: '最新体育投注平台入口，手机下载。', excerpts: ['体育投注'] },
    { text: '详情访问 www.bet365-vip.com 获取。', excerpts: ['bet365'] },
    { text: '同城约炮成人视频免费看。', excerpts: ['约炮'] },
  ],
});
