import { testRule } from '../test-util.ts';
import rule from './spam.ts';

testRule(rule, {
  valid: [
    '加大对打击电信诈骗、跨境赌博犯罪的宣传力度。',
    '开展扫黄打非专项行动，查处涉赌涉黄场所两处。',
    '老年活动中心设有阅览室和棋牌室。',
    '金沙镇综合执法大队开展执法检查。',
    '依托政务服务平台，实现网上注册、在线办理。',
    '清理网上色情低俗信息，净化网络平台。',
  ],
  invalid: [
    { text: '澳门百家乐官网，真人视讯在线开户。', excerpts: ['百家乐'] },
    { text: '全年办理案件三件。新葡京娱乐城注册即送彩金，信誉平台。', excerpts: ['送彩金'] },
    { text: '最新体育投注平台入口，手机下载。', excerpts: ['体育投注'] },
    { text: '详情访问 www.bet365-vip.com 获取。', excerpts: ['bet365'] },
    { text: '同城约炮成人视频免费看。', excerpts: ['约炮'] },
    // a keyword-stuffed line injected above a report
    {
      text: '日韩欧美在线播放，国产精品一区二区，午夜福利免费观看\n某镇2024年法治政府建设情况报告',
      excerpts: ['日韩欧美'],
    },
  ],
});
