import { describe, expect, it } from 'vitest';
import rule from './repealed.ts';
import { run } from './test-report.ts';

describe('citation/repealed', () => {
  const invalid: Array<[string, number, string, string | null]> = [
    ['合同签订严格依照《中华人民共和国合同法》进行审查。', 2022, 'repealed', '中华人民共和国民法典'],
    ['依据《合同法》审查合同20份。', 2021, 'repealed', '中华人民共和国民法典'],
    ['认真贯彻《物权法》《侵权责任法》。', 2023, 'repealed', '中华人民共和国民法典'],
    ['严格按照《信访条例》规定办理信访事项。', 2022, 'repealed', '信访工作条例'],
    ['按照《法律援助条例》为群众提供法律援助。', 2023, 'superseded', '中华人民共和国法律援助法'],
    ['开展《环境噪声污染防治法》宣传。', 2023, 'repealed', '中华人民共和国噪声污染防治法'],
  ];
  it.each(invalid)('flags %s (%i)', (text, year, messageId, replacement) => {
    const found = run(rule, text, year);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].messageId).toBe(messageId);
    if (replacement) expect(found[0].data?.replacedBy).toBe(replacement);
  });

  it('reports the title and the replacement in data', () => {
    const [f] = run(rule, '严格按照《信访条例》规定办理信访事项。', 2023);
    expect(f.data).toMatchObject({ title: '信访条例', replacedBy: '信访工作条例', repealed: '2022-05-01' });
    expect(f.excerpt).toBe('《信访条例》');
    expect(f.offset).toBe(4);
  });

  const valid: Array<[string, number | null]> = [
    ['依据《中华人民共和国合同法》审查合同。', 2020],
    ['严格按照《信访条例》规定办理信访事项。', 2021],
    ['严格按照《信访工作条例》规定办理信访事项。', 2022],
    ['《民法典》施行后，《合同法》同时废止。', 2022],
    ['对照原《信访条例》与《信访工作条例》的变化开展培训。', 2023],
    ['深入贯彻《法治政府建设实施纲要（2015—2020年）》。', 2019],
    ['深入贯彻《法治政府建设实施纲要（2021—2025年）》。', 2024],
    // an ended plan is citation/expired-plan, not this rule
    ['深入贯彻《法治政府建设实施纲要（2015—2020年）》。', 2022],
    ['落实《“七五”普法规划》各项任务。', 2021],
    ['依据《合同法》审查合同20份。', null],
    ['学习《中华人民共和国民法典》。', 2024],
  ];
  it.each(valid)('does not flag %s (%s)', (text, year) => {
    expect(run(rule, text, year)).toEqual([]);
  });
});
