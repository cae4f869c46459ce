import { describe, expect, it } from 'vitest';
import { lawIndex } from './index.ts';
import { canonical, coreKey, isLocalTitle, looksNational } from './title.ts';

const resolve = (t: string, year: number | null = 2024) => lawIndex().resolve(t, { year });
const summary = (t: string, year: number | null = 2024) => {
  const r = resolve(t, year);
  return [r.status, 'reason' in r ? r.reason : null, 'entry' in r ? (r.entry?.id ?? null) : null];
};

describe('title normal forms', () => {
  it('unifies brackets, dashes and digits and completes year ranges', () => {
    expect(canonical('法治政府建设实施纲要(2021-2025)')).toBe('法治政府建设实施纲要（2021—2025年）');
    expect(canonical('法治政府建设实施纲要（２０２１－２０２５年）')).toBe(
      '法治政府建设实施纲要（2021—2025年）',
    );
    expect(canonical('法治政府建设实施纲要（2021年至2025年）')).toBe('法治政府建设实施纲要（2021—2025年）');
    expect(canonical(' 中华人民共和国 **宪法** ')).toBe('中华人民共和国宪法');
  });

  it('strips 中华人民共和国 and an issuing body in front of 关于', () => {
    expect(coreKey('中华人民共和国行政处罚法')).toBe('行政处罚法');
    expect(coreKey('中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见')).toBe(
      '关于加强基层治理体系和治理能力现代化建设的意见',
    );
    expect(coreKey('国务院关于进一步贯彻实施《中华人民共和国行政处罚法》的通知')).toBe(
      '关于进一步贯彻实施〈行政处罚法〉的通知',
    );
  });

  it('tells local titles from national ones', () => {
    for (const t of [
      '重庆市行政规范性文件管理办法',
      '云阳县法治政府建设示范创建工作方案',
      '后叶镇突发公共事件总体应急预案',
      '2024年全县法治政府建设工作要点',
      '全县法治建设考核办法',
      '潼南区行政执法办法',
    ]) {
      expect(isLocalTitle(t), t).toBe(true);
    }
    for (const t of [
      '城市居民委员会组织法',
      '民族区域自治法',
      '村庄和集镇规划建设管理条例',
      '行政区划管理条例',
    ]) {
      expect(isLocalTitle(t), t).toBe(false);
    }
  });

  it('knows what reads like a national instrument', () => {
    expect(looksNational('中华人民共和国乡镇综合执法法')).toBe(true);
    expect(looksNational('关于加快乡镇法治建设的意见')).toBe(true);
    expect(looksNational('支部工作条例（试行）')).toBe(true);
    expect(looksNational('人民日报')).toBe(false);
    expect(looksNational('关于开展普法宣传的通知')).toBe(false);
    expect(looksNational('宝龙镇法治建设实施方案')).toBe(false);
    expect(looksNational('纲要')).toBe(false);
  });
});

describe('resolving cited titles', () => {
  it.each([
    ['中华人民共和国行政处罚法', 'exact', null, 'administrative-penalty-law'],
    ['行政处罚法', 'nonstandard', 'short', 'administrative-penalty-law'],
    ['新行政处罚法', 'nonstandard', 'short', 'administrative-penalty-law'],
    ['保密法', 'nonstandard', 'short', 'state-secrets-law'],
    ['信访条例', 'exact', null, 'letters-visits-regulations-2005'],
    ['信访工作条例', 'exact', null, 'letters-visits-work-regulations'],
    ['中华人民共和国信访工作条例', 'nonstandard', 'format', 'letters-visits-work-regulations'],
    ['法治政府建设实施纲要（2021－2025年）', 'nonstandard', 'format', 'rule-of-law-government-outline-2021'],
    ['法治政府建设实施纲要', 'nonstandard', 'no-period', 'rule-of-law-government-outline-2021'],
    ['法治政府建设实施纲要（2025—2030年）', 'tampered', 'period', 'rule-of-law-government-outline-2021'],
    [
      '法治政府建设实施纲要（2026—2030年）',
      'unknown',
      'newer-edition',
      'rule-of-law-government-outline-2021',
    ],
    ['中华人民共和国行政某某处罚法', 'tampered', 'inserted', 'administrative-penalty-law'],
    ['重大行政决策程序条例', 'nonstandard', 'abridged', 'major-administrative-decision-regulations'],
    // a national title that lost its last one or two characters: the nearest official title it begins
    ['中华人民共和国民法', 'nonstandard', 'abridged', 'civil-code'],
    ['中华人民共和国土地管理', 'nonstandard', 'abridged', 'land-administration-law'],
    ['关于开展法治宣传教育的第八个五年规划（2021—2025年）', 'exact', null, 'legal-publicity-plan-8'],
    ['“八五”普法规划', 'nonstandard', 'short', 'legal-publicity-plan-8'],
    ['关于实行国家机关谁执法谁普法普法责任制的意见', 'exact', null, 'who-enforces-publicizes-opinion'],
    [
      '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释',
      'exact',
      null,
      'spc-administrative-litigation-interpretation',
    ],
    [
      '最高人民法院关于适用〈行政诉讼法〉的解释',
      'nonstandard',
      'format',
      'spc-administrative-litigation-interpretation',
    ],
    ['中华人民共和国劳动合同法', 'exact', null, 'labour-contract-law'],
    ['习近平法治思想学习纲要', 'ignored', null, null],
    ['重庆市法治政府建设实施方案（2021—2025年）', 'ignored', null, null],
    ['中华人民共和国乡镇综合执法法', 'unknown', 'national', null],
  ])('%s → %s %s', (title, status, reason, id) => {
    expect(summary(title)).toEqual([status, reason, id]);
  });

  it('picks the edition of a plan cited without its period by the report year', () => {
    expect(summary('法治政府建设实施纲要', 2017)[2]).toBe('rule-of-law-government-outline-2015');
    expect(summary('法治政府建设实施纲要', null)[2]).toBe('rule-of-law-government-outline-2021');
  });

  it('does not take a different law for an altered one', () => {
    for (const t of ['中华人民共和国劳动法', '中华人民共和国海洋环境保护法', '中华人民共和国环境保护税法']) {
      expect(resolve(t).status, t).toBe('exact');
    }
  });
});

// issue 17: a foreign span spliced into a known title, replacing "关于" or nothing
describe('spliced titles', () => {
  it.each([
    ['中共中央星河平台全面推进依法治国若干重大问题的决定', '星河平台', 'changed'],
    ['中共中央关于全面推进依法治国星河娱乐若干重大问题的决定', '星河娱乐', 'inserted'],
  ])('%s is tampered', (title, inserted, reason) => {
    const r = resolve(title);
    expect(r).toMatchObject({ status: 'tampered', reason, inserted });
  });
});
