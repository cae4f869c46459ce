import { describe, expect, it } from 'vitest';
import { run } from './test-report.ts';
import rule from './unknown.ts';

describe('citation/unknown', () => {
  const invalid: Array<[string, string]> = [
    ['学习《中华人民共和国乡镇综合执法法》。', 'national'],
    ['落实《关于全面加强乡镇法治建设的若干意见》。', 'national'],
    ['学习《法治政府建设实施纲要（2026—2030年）》。', 'newer-edition'],
  ];
  it.each(invalid)('flags %s', (text, messageId) => {
    const found = run(rule, text);
    expect(found).toHaveLength(1);
    expect(found[0].messageId).toBe(messageId);
  });

  it('reports one unknown title once', () => {
    expect(run(rule, '学习《乡镇法治建设条例》。\n再学《乡镇法治建设条例》。')).toHaveLength(1);
  });

  const valid = [
    '学习《中华人民共和国行政处罚法》。',
    '制定《2024年全县法治政府建设工作要点》。',
    '严格落实《重庆市行政规范性文件管理办法》。',
    '全面落实《重庆市领导干部应知应会党内法规和国家法律指导清单》学习。',
    '印发《关于印发〈后叶镇法治建设工作方案〉的通知》。',
    '学习《习近平法治思想学习纲要》。',
    '订阅《法治日报》。',
    '制定《宝龙镇领导干部学法制度》。',
    '组织观看《今日说法》节目。',
    '宣传《中华人民共和国行政某某处罚法》。',
    '执行《潼南区行政执法办法》。',
  ];
  it.each(valid)('does not flag %s', (text) => {
    expect(run(rule, text)).toEqual([]);
  });
});
