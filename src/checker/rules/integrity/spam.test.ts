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
    // issue 17: official prose that comes near the betting patterns
    '建成乡村文化娱乐平台，丰富群众精神生活。',
    '举办全民健身体育比赛3场，比赛比分由裁判组公布。',
    '开展反赌宣传，提醒群众远离网络彩票平台陷阱。',
    '严厉打击境外体育平台网络赌博违法犯罪。',
    '新建社区体育健身广场一处。',
  ],
  invalid: [
    { text: '澳门百家乐官网，真人视讯在线开户。', excerpts: ['百家乐'] },
    { text: '全年办理案件三件。新葡京娱乐城注册即送彩金，信誉平台。', excerpts: ['送彩金'] },
    { text: '最新体育投注平台入口，手机下载。', excerpts: ['体育投注'] },
    { text: '详情访问 www.bet365-vip.com 获取。', excerpts: ['bet365'] },
    { text: '同城约炮成人视频免费看。', excerpts: ['约炮'] },
    // issue 17: brands no list holds, found by the betting vocabulary around them (our own examples)
    { text: '县委、县政府星河体育比分：主队2比1，持续推进依法行政。', excerpts: ['比分'] },
    { text: '镇党委坚持依法决策，QX88娱乐官网全面落实普法责任。', excerpts: ['娱乐官网'] },
    { text: '深入推进法治宣传，金鼎娱乐城持续营造良好氛围。', excerpts: ['娱乐城'] },
    { text: '扎实开展学法活动，新用户注册送88元，完善学法制度。', excerpts: ['注册送'] },
    { text: '全面推进依法行政，天天彩票网助力基层治理。', excerpts: ['彩票网'] },
    // a keyword-stuffed line injected above a report
    {
      text: '日韩欧美在线播放，国产精品一区二区，午夜福利免费观看\n某镇2024年法治政府建设情况报告',
      excerpts: ['日韩欧美'],
    },
  ],
});
