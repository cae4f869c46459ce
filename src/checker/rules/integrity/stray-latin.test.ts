import { testRule } from '../test-util.ts';
import rule from './stray-latin.ts';

testRule(rule, {
  valid: [
    '利用LED显示屏、微信公众号和APP开展普法宣传。',
    '通过QQ群、PPT课件和PDF文档推送学习资料。',
    '政务大厅实现WiFi全覆盖，群众可用app预约。',
    '日降雨量达50mm，启动应急响应。',
    '详见网址 www.gov.cn 。',
    '使用Word和Excel制作台账。',
    '建设vr普法体验馆，配备gps定位执法终端。',
  ],
  invalid: [
    {
      text: '将法治政府建设作为重要的政治任务 and 依法行政的实事工程。',
      excerpts: ['政治任务 and 依法行政'],
    },
    { text: '坚持问题导向the以案促改。', excerpts: ['the'] },
    { text: '建立健全执法 review 机制。', excerpts: ['review'] },
  ],
});
