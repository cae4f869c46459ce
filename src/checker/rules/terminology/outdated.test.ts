import { testRule } from '../test-util.ts';
import rule from './outdated.ts';

testRule(rule, {
  valid: [
    { text: '深入开展法治宣传教育，建设法治政府。', year: 2024 },
    // 法制审核 is the current legal term of the 三项制度
    { text: '落实重大执法决定法制审核制度，配备法制审核人员。', year: 2024 },
    { text: '全面推进“八五”普法规划实施。', year: 2023 },
    { text: '做好“七五”普法总结验收工作。', year: 2021 },
    { text: '谋划启动“九五”普法规划。', year: 2025 },
    { text: '坚持以法治国家建设为目标。', year: 2024 },
    { text: '深化七五普法工作。', year: null },
    // looking back at an ended plan, or handing over to the next
    { text: '八五普法期间，全镇共培育法律明白人九十名。', year: 2026 },
    { text: '做好八五普法与九五普法的衔接工作。', year: 2026 },
    { text: '对照原“七五”普法规划查找差距。', year: 2022 },
    // other ended plans are citation/expired-plan
    { text: '认真贯彻落实《法治政府建设实施纲要（2021—2025年）》。', year: 2026 },
  ],
  invalid: [
    {
      text: '深入开展法制宣传教育活动。',
      year: 2024,
      excerpts: ['法制宣传教育'],
      data: { replacement: '法治宣传教育' },
    },
    { text: '加快建设法制政府。', year: 2024, excerpts: ['法制政府'] },
    { text: '每所学校配备法制副校长1名。', year: 2023, excerpts: ['法制副校长'] },
    { text: '报区政府法制办审查。', year: 2022, excerpts: ['法制办'] },
    { text: '开展八五普法宣传。', year: 2019, excerpts: ['八五普法'], data: { start: 2021, end: 2025 } },
    // an ended plan written as in force
    {
      text: '今年以来，我镇深入推进八五普法，组织送法下乡十二场。',
      year: 2026,
      excerpts: ['八五普法'],
      messageId: 'pufaEnded',
      data: {
        plan: '八五',
        start: 2021,
        end: 2025,
        year: 2026,
        successor: '《第九个五年法治宣传教育规划（2026—2030年）》',
      },
    },
    {
      text: '全面推进“八五”普法规划实施，压实普法责任。',
      year: 2026,
      excerpts: ['“八五”普法规划'],
      messageId: 'pufaEnded',
    },
    { text: '持续深化“七五”普法。', year: 2024, excerpts: ['“七五”普法'], messageId: 'pufaEnded' },
    {
      text: '下一步，将以“七五”普法为抓手，推动法治乡村建设。',
      year: 2023,
      excerpts: ['“七五”普法'],
      messageId: 'pufaEnded',
    },
  ],
});
