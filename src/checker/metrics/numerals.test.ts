import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.ts';
import { parseChineseNumeral, parseNumber, toHalfWidth } from './numerals.ts';

describe('parseNumber', () => {
  it.each([
    ['208', 208],
    ['38,650', 38650],
    ['98.6', 98.6],
    ['1.2万', 12000],
    ['3千', 3000],
    ['2.5亿', 250_000_000],
    ['１２０', 120],
    ['1万2千', 12000],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百二十', 120],
    ['一百零五', 105],
    ['一百二', 120],
    ['两千三百', 2300],
    ['三千零八', 3008],
    ['一万二千', 12000],
    ['三万五', 35000],
    ['十万', 100000],
    ['二〇二四', 2024],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '万', '百百', '十百', 'abc', '三四五六七八九十甲'])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('rejects two digits in a row inside a numeral', () => {
    expect(parseChineseNumeral('三四十')).toBeNull();
  });

  it('keeps offsets when converting full-width characters', () => {
    const text = '合格率达１００％';
    expect(toHalfWidth(text)).toBe('合格率达100%');
    expect(toHalfWidth(text).length).toBe(text.length);
  });
});

describe('findFigures', () => {
  const one = (text: string) => {
    const figures = findFigures(text);
    expect(figures).toHaveLength(1);
    const [f] = figures;
    return { value: f.value, unit: f.unit, qualifier: f.qualifier, target: f.target };
  };

  it.each([
    ['调解纠纷56件', 56, '件', 'exact'],
    ['讲座两场', 2, '场', 'exact'],
    ['发放资料六千余份', 6000, '份', 'over'],
    ['受众超过3100人次', 3100, '人次', 'over'],
    ['受众超过3100余人次', 3100, '人次', 'over'],
    ['逾500人', 500, '人', 'over'],
    ['咨询200多人次', 200, '人次', 'over'],
    ['培训150人次以上', 150, '人次', 'over'],
    ['覆盖群众近2000人', 2000, '人', 'approx'],
    ['约300份', 300, '份', 'approx'],
    ['发放手册800册左右', 800, '册', 'approx'],
    ['不到20件', 20, '件', 'under'],
    ['不足十起', 10, '起', 'under'],
    ['成功率97%', 97, '%', 'exact'],
    ['合格率达１００％', 100, '%', 'exact'],
    ['成功率98%以上', 98, '%', 'over'],
    ['受众1.2万人次', 12000, '人次', 'exact'],
    ['受众1.5万余人次', 15000, '人次', 'over'],
    ['罚款3.2万元', 32000, '元', 'exact'],
    ['罚款10余万元', 100000, '元', 'over'],
    ['罚款38,650元', 38650, '元', 'exact'],
    ['上百次', 100, '次', 'over'],
    ['近千人次', 1000, '人次', 'approx'],
    ['万余人次', 10000, '人次', 'over'],
    ['百余件', 100, '件', 'over'],
    ['二十余场', 20, '场', 'over'],
    ['中心组学习 15 次', 15, '次', 'exact'],
    ['来访32批次', 32, '批次', 'exact'],
    ['来信来访86件次', 86, '件次', 'exact'],
    ['百分之九十五', 95, '%', 'exact'],
  ])('%s → %d %s %s', (text, value, unit, qualifier) => {
    expect(one(text)).toEqual({ value, unit, qualifier, target: false });
  });

  it.each(['不少于4次', '至少两场', '力争达到30场', '不低于95%'])('%s is a target', (text) => {
    expect(one(text).target).toBe(true);
  });

  it.each([
    '依据《行政处罚法》第四十二条',
    '第42条',
    '渝府办发〔2024〕36号',
    '2024年1月13日',
    '联系电话：023-45678912',
    '12345热线',
    '推行一次性告知',
    '落实“三项制度”',
    '八项规定',
    '“一件事一次办”',
    '3个工作日内',
    '提高5个百分点',
    '开展数十场活动',
    '宪法进万家',
    '60岁以上',
    '一人一档',
    '八五普法',
    '十九届五中全会',
    '第十个国家宪法日',
  ])('%s has no figure', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});
