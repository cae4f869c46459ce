import { describe, expect, it } from 'vitest';
import rule from './nonstandard-name.ts';
import { run } from './test-report.ts';

describe('citation/nonstandard-name', () => {
  const invalid: Array<[string, string, string]> = [
    ['广泛宣传《宪法》《民法典》等法律法规。', 'short', '中华人民共和国宪法'],
    ['按照《政府信息公开条例》要求公开信息。', 'short', '中华人民共和国政府信息公开条例'],
    ['贯彻《法治政府建设实施纲要（2021－2025年）》。', 'format', '法治政府建设实施纲要（2021—2025年）'],
    ['贯彻《法治政府建设实施纲要(2021-2025)》。', 'format', '法治政府建设实施纲要（2021—2025年）'],
    ['贯彻《法治政府建设实施纲要》。', 'no-period', '法治政府建设实施纲要（2021—2025年）'],
    ['执行《重大行政决策程序条例》。', 'abridged', '重大行政决策程序暂行条例'],
    // issue 14: a national title that lost its last characters gets the official one
    ['组织学习《中华人民共和国民法》。', 'abridged', '中华人民共和国民法典'],
    ['严格执行《中华人民共和国行政处罚》。', 'abridged', '中华人民共和国行政处罚法'],
    [
      '落实《八五普法规划》。',
      'short',
      '中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）',
    ],
  ];
  it.each(invalid)('flags %s', (text, messageId, official) => {
    const found = run(rule, text);
    expect(found[0].messageId).toBe(messageId);
    expect(found[0].data?.official).toBe(official);
  });

  it('picks the edition of the report year for a plan cited without its period', () => {
    const [f] = run(rule, '贯彻《法治政府建设实施纲要》。', 2018);
    expect(f.data?.official).toBe('法治政府建设实施纲要（2015—2020年）');
  });

  it('reports a short name once, and not after the full name', () => {
    expect(run(rule, '学习《民法典》。\n宣传《民法典》。')).toHaveLength(1);
    expect(run(rule, '学习《中华人民共和国民法典》。\n宣传《民法典》。')).toEqual([]);
  });

  const valid = [
    '学习《中华人民共和国宪法》。',
    '贯彻《法治政府建设实施纲要（2021—2025年）》。',
    '落实《法治政府建设与责任落实督察工作规定》。',
    '落实《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》。',
    '贯彻《中共中央、国务院关于加强基层治理体系和治理能力现代化建设的意见》。',
    '依据《云阳县法治政府建设实施方案》（云阳委发〔2022〕15号）开展工作。',
    '学习《习近平法治思想学习纲要》。',
    '阅读《人民日报》评论文章。',
  ];
  it.each(valid)('does not flag %s', (text) => {
    expect(run(rule, text)).toEqual([]);
  });
});
