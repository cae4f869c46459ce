import { describe, expect, it } from 'vitest';
import rule from './tampered.ts';
import { run } from './test-report.ts';

describe('citation/tampered', () => {
  const invalid: Array<[string, string, string]> = [
    ['认真贯彻《中华人民共和国行政某某处罚法》。', 'inserted', '某某'],
    ['深入学习《法治政府建设实施纲要（2025—2030年）》。', 'period', '2025—2030年'],
    ['贯彻《关于加强新时代社会主义法治文化建设的意见》。', 'inserted', '新时代'],
    ['宣传《中华人民共和国妇女权益保护法》。', 'changed', '护'],
    ['落实《党政主要负责人履行推进法治建设第一责任人职责和义务规定》。', 'inserted', '和义务'],
  ];
  it.each(invalid)('flags %s', (text, messageId, inserted) => {
    const found = run(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0].messageId).toBe(messageId);
    expect(found[0].data?.inserted).toBe(inserted);
  });

  const valid = [
    '认真贯彻《中华人民共和国行政处罚法》。',
    '深入学习《法治政府建设实施纲要（2021-2025）》。',
    '深入学习《法治政府建设实施纲要（2021－2025年）》。',
    '认真落实《重庆市法治政府建设实施方案（2021—2025年）》。',
    '学习《中华人民共和国劳动合同法》《中华人民共和国劳动法》。',
    '宣传《中华人民共和国农产品质量安全法》和《中华人民共和国产品质量法》。',
    '贯彻《中华人民共和国行政复议法实施条例》。',
    '学习《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》。',
    '制定《后叶镇突发公共事件总体应急预案》。',
    '学习《法治政府建设实施纲要（2026—2030年）》。',
  ];
  it.each(valid)('does not flag %s', (text) => {
    expect(run(rule, text)).toEqual([]);
  });
});
