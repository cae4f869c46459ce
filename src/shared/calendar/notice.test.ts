import { describe, expect, it } from 'vitest';
import { noticeFixture } from '../../../test/fixtures/calendar/notices.ts';
import { type NoticeParsed, type NoticeParseResult, parseHolidayNotice } from './notice.ts';
import { calendarYearSchema } from './schema.ts';
import { shippedYears } from './shipped-years.ts';

const shipped = (year: number) => {
  const y = shippedYears.find((s) => s.year === year);
  if (!y) throw new Error(`no shipped ${year}`);
  return y;
};

function parsed(result: NoticeParseResult): NoticeParsed {
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result;
}

function refused(result: NoticeParseResult) {
  if (result.ok) throw new Error('accepted a notice that should be refused');
  return result.error;
}

/** A notice of `year` with the given festival lines (line 1 is the title, line 2 the number). */
function notice(year: number, ...lines: string[]): string {
  return [
    `国务院办公厅关于${year}年部分节假日安排的通知`,
    `国办发明电〔${year - 1}〕3号`,
    ...lines,
    '国务院办公厅',
    `${year - 1}年11月1日`,
  ].join('\n');
}

describe('parseHolidayNotice: the shipped years written as notices', () => {
  it.each([2025, 2026])('reads %i exactly as shipped', (year) => {
    const r = parsed(parseHolidayNotice(noticeFixture(year as 2025 | 2026)));
    expect(r.data.year).toBe(year);
    expect(r.data.holidays).toEqual(shipped(year).holidays);
    expect(r.data.workdays).toEqual(shipped(year).workdays);
    expect(r.otherYear).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(calendarYearSchema.safeParse(r.data).success).toBe(true);
  });

  it('records the document number and the publication date as the source', () => {
    const r = parsed(parseHolidayNotice(noticeFixture(2026)));
    expect(r.documentNumber).toBe('国办发明电〔2025〕7号');
    expect(r.publishedOn).toBe('2025-11-04');
    expect(r.data.source).toBe(shipped(2026).source);
    const r25 = parsed(parseHolidayNotice(noticeFixture(2025)));
    expect(r25.data.source).toBe(
      '《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号，2024年11月12日公布）',
    );
  });

  it('reports the 2023 元旦 day of 2022 apart and keeps the rest as shipped', () => {
    const r = parsed(parseHolidayNotice(noticeFixture(2023)));
    expect(r.data.holidays).toEqual(shipped(2023).holidays);
    expect(r.data.workdays).toEqual(shipped(2023).workdays);
    expect(r.otherYear).toEqual([
      {
        date: '2022-12-31',
        name: '元旦',
        kind: 'holiday',
        line: 5,
        explanation: expect.stringContaining('属于2022年，不计入2023年'),
      },
    ]);
    expect(r.data.note).toContain('2022-12-31（元旦放假）');
    // The shipped 2022 data holds the day, citing the 2023 notice.
    expect(shipped(2022).holidays).toContainEqual({ date: '2022-12-31', name: '元旦' });
  });

  it('reads the fictional 2027 notice', () => {
    const r = parsed(parseHolidayNotice(noticeFixture(2027)));
    expect(r.data.holidays).toHaveLength(29);
    expect(r.data.holidays.filter((d) => d.name === '春节').map((d) => d.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
      '2027-02-13',
    ]);
    expect(r.data.workdays.map((d) => d.date)).toEqual([
      '2027-01-31',
      '2027-02-20',
      '2027-04-25',
      '2027-05-08',
      '2027-09-26',
      '2027-10-09',
    ]);
    expect(calendarYearSchema.safeParse(r.data).success).toBe(true);
  });
});

describe('parseHolidayNotice: wording', () => {
  it('takes only the named date of "与周末连休"; the weekend stays a weekend', () => {
    const r = parsed(parseHolidayNotice(notice(2026, '五、端午节：6月19日（周五）放假，与周末连休。')));
    expect(r.data.holidays).toEqual([{ date: '2026-06-19', name: '端午节' }]);
    expect(r.data.workdays).toEqual([]);
  });

  it('reads 星期X and 周X, full-width and half-width digits and punctuation, spaces', () => {
    const a = parsed(
      parseHolidayNotice(
        notice(
          2026,
          '一、元旦：１月１日（星期四）至３日（星期六）放假调休，共３天。１月４日（星期日）上班。',
        ),
      ),
    );
    const b = parsed(
      parseHolidayNotice(
        notice(2026, '一、元旦: 1月1日(周四) 至 3日(周六) 放假调休, 共3天. 1月4日(周日)上班.'),
      ),
    );
    expect(a.data.holidays).toEqual(shipped(2026).holidays.filter((d) => d.name === '元旦'));
    expect(a.data.workdays).toEqual([{ date: '2026-01-04', name: '元旦' }]);
    expect(b.data).toEqual(a.data);
  });

  it('reads a day count written in Chinese numerals', () => {
    const r = parsed(
      parseHolidayNotice(notice(2026, '二、春节：2月15日（周日）至23日（周一）放假调休，共九天。')),
    );
    expect(r.data.holidays).toHaveLength(9);
    const ten = parsed(parseHolidayNotice(notice(2027, '二、春节：2月4日至13日放假调休，共十天。')));
    expect(ten.data.holidays).toHaveLength(10);
  });

  it('keeps combined festivals under one name', () => {
    const r = parsed(
      parseHolidayNotice(
        notice(
          2025,
          '六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
        ),
      ),
    );
    expect(new Set(r.data.holidays.map((d) => d.name))).toEqual(new Set(['国庆节、中秋节']));
    expect(r.data.workdays.map((d) => d.name)).toEqual(['国庆节、中秋节', '国庆节、中秋节']);
  });

  it('reads spans across a month and across a year written without years', () => {
    const r = parsed(
      parseHolidayNotice(
        notice(
          2023,
          '一、元旦：12月31日（周六）至1月2日（周一）放假调休，共3天。',
          '五、端午节：6月22日（周四）至24日（周六）放假调休，共3天。6月25日（周日）上班。',
          '三、劳动节：4月29日（周六）至5月3日（周三）放假调休，共5天。',
        ),
      ),
    );
    expect(r.otherYear.map((d) => d.date)).toEqual(['2022-12-31']);
    expect(r.data.holidays.slice(0, 2).map((d) => d.date)).toEqual(['2023-01-01', '2023-01-02']);
    expect(r.data.holidays.filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
  });

  it('reports a 元旦 make-up day of the previous December apart', () => {
    const r = parsed(
      parseHolidayNotice(
        notice(2019, '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。'),
      ),
    );
    expect(r.data.holidays).toEqual([{ date: '2019-01-01', name: '元旦' }]);
    expect(r.otherYear.map((d) => [d.date, d.kind])).toEqual([
      ['2018-12-29', 'workday'],
      ['2018-12-30', 'holiday'],
      ['2018-12-31', 'holiday'],
    ]);
  });

  it('reads a festival whose make-up days continue on the next line', () => {
    const r = parsed(
      parseHolidayNotice(
        notice(
          2026,
          '二、春节：2月15日（周日）至23日（周一）放假调休，共9天。',
          '2月14日（周六）、2月28日（周六）上班。',
        ),
      ),
    );
    expect(r.data.workdays).toEqual(shipped(2026).workdays.filter((d) => d.name === '春节'));
  });

  it('does not count an encouraged day off, and says so', () => {
    const r = parsed(
      parseHolidayNotice(
        notice(
          2024,
          '二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
        ),
      ),
    );
    expect(r.data.holidays.map((d) => d.date)).not.toContain('2024-02-09');
    expect(r.warnings.some((w) => w.includes('除夕（2月9日）') && w.includes('未计入'))).toBe(true);
  });

  it('warns about a missing festival, document number or publication date', () => {
    const r = parsed(
      parseHolidayNotice(
        '国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日至3日放假调休，共3天。',
      ),
    );
    expect(r.documentNumber).toBeNull();
    expect(r.publishedOn).toBeNull();
    expect(r.data.source).toBe('《国务院办公厅关于2026年部分节假日安排的通知》');
    expect(r.warnings.join('\n')).toMatch(/未找到文号/);
    expect(r.warnings.join('\n')).toMatch(/未找到发布日期/);
    expect(r.warnings.join('\n')).toMatch(/没有春节的安排/);
  });

  it('reads the number and date of a page copied from the government website', () => {
    const text = [
      '标　　题：国务院办公厅关于2026年部分节假日安排的通知',
      '发文字号：国办发明电［2025］7号',
      '成文日期：2025年11月04日',
      '发布日期：2025-11-05 16:00',
      '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
    ].join('\n');
    const r = parsed(parseHolidayNotice(text));
    expect(r.documentNumber).toBe('国办发明电〔2025〕7号');
    expect(r.publishedOn).toBe('2025-11-04');
  });
});

describe('parseHolidayNotice: refusals name the line', () => {
  it('refuses an empty text', () => {
    expect(refused(parseHolidayNotice('')).code).toBe('NOTICE_EMPTY');
    expect(refused(parseHolidayNotice(' \n\u3000\n')).code).toBe('NOTICE_EMPTY');
  });

  it('refuses a text without the title', () => {
    const e = refused(parseHolidayNotice('一、元旦：1月1日至3日放假调休，共3天。'));
    expect(e.code).toBe('NOTICE_NO_TITLE');
    expect(e.message).toMatch(/标题/);
  });

  it('refuses a line it cannot read', () => {
    const e = refused(
      parseHolidayNotice(
        notice(2026, '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。', '春节放假从2月15日开始'),
      ),
    );
    expect(e.code).toBe('NOTICE_LINE_UNREADABLE');
    expect(e.line).toBe(4);
    expect(e.lineText).toBe('春节放假从2月15日开始');
    expect(e.message).toMatch(/^第4行“春节放假从2月15日开始”无法识别/);
  });

  it('refuses a festival line with a clause it cannot read', () => {
    const e = refused(parseHolidayNotice(notice(2026, '三、清明节：4月4日（周六）起连休三日。')));
    expect(e.code).toBe('NOTICE_LINE_UNREADABLE');
    expect(e.line).toBe(3);
    expect(e.message).toContain('“4月4日（周六）起连休三日”无法识别');
  });

  it('refuses a weekday that does not agree with its date', () => {
    const e = refused(
      parseHolidayNotice(notice(2026, '三、清明节：4月4日（周五）至6日（周一）放假，共3天。')),
    );
    expect(e.code).toBe('NOTICE_WEEKDAY_MISMATCH');
    expect(e.line).toBe(3);
    expect(e.message).toContain('2026-04-04 是星期六，括号中写的是“周五”');
    const late = refused(
      parseHolidayNotice(
        notice(2026, '七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。10月10日（星期日）上班。'),
      ),
    );
    expect(late.code).toBe('NOTICE_WEEKDAY_MISMATCH');
  });

  it('refuses a 共N天 that is not the length of the span', () => {
    const e = refused(
      parseHolidayNotice(
        notice(2026, '二、春节：2月15日（周日）至23日（周一）放假调休，共8天。2月14日（周六）上班。'),
      ),
    );
    expect(e.code).toBe('NOTICE_DAY_COUNT_MISMATCH');
    expect(e.line).toBe(3);
    expect(e.message).toContain('写明共8天，但 2026-02-15 至 2026-02-23 是 9 天');
    expect(refused(parseHolidayNotice(notice(2027, '五、端午节：6月9日（周三）放假2天。'))).code).toBe(
      'NOTICE_DAY_COUNT_MISMATCH',
    );
  });

  it('refuses a year that does not match the title', () => {
    const preamble = refused(
      parseHolidayNotice(
        notice(2027, '经国务院批准，现将2026年元旦放假安排通知如下：', '一、元旦：1月1日至3日放假，共3天。'),
      ),
    );
    expect(preamble.code).toBe('NOTICE_YEAR_MISMATCH');
    expect(preamble.line).toBe(3);
    const dated = refused(parseHolidayNotice(notice(2027, '一、元旦：2026年1月1日至3日放假，共3天。')));
    expect(dated.code).toBe('NOTICE_YEAR_MISMATCH');
    expect(dated.message).toContain('日期中的2026年与通知标题的2027年不符');
    const expected = refused(parseHolidayNotice(noticeFixture(2027), { expectedYear: 2028 }));
    expect(expected.code).toBe('NOTICE_YEAR_MISMATCH');
    expect(expected.message).toBe('粘贴的是2027年的通知，与要添加的2028年不一致');
    const twoTitles = refused(
      parseHolidayNotice(
        `${notice(2027, '一、元旦：1月1日至3日放假，共3天。')}\n国务院办公厅关于2028年部分节假日安排的通知`,
      ),
    );
    expect(twoTitles.code).toBe('NOTICE_YEAR_MISMATCH');
  });

  it('refuses a notice without any holiday of its year', () => {
    const e = refused(
      parseHolidayNotice(notice(2027, '各省、自治区、直辖市人民政府：', '节假日期间，请做好值班工作。')),
    );
    expect(e.code).toBe('NOTICE_NO_HOLIDAYS');
    expect(e.message).toBe('未从通知中识别出2027年的任何放假日期，不能添加空的年度');
    // Only a day of the previous year: still empty.
    expect(refused(parseHolidayNotice(notice(2023, '一、元旦：2022年12月31日放假，共1天。'))).code).toBe(
      'NOTICE_NO_HOLIDAYS',
    );
  });

  it('refuses a festival line without dates, a non-existent date, a repeated date, a weekday make-up day', () => {
    expect(refused(parseHolidayNotice(notice(2027, '三、清明节：'))).code).toBe('NOTICE_LINE_UNREADABLE');
    expect(refused(parseHolidayNotice(notice(2027, '二、春节：2月29日放假，共1天。'))).code).toBe(
      'NOTICE_DATE_INVALID',
    );
    const dup = refused(
      parseHolidayNotice(
        notice(2027, '四、劳动节：5月1日至5日放假调休，共5天。', '五、端午节：5月5日放假，共1天。'),
      ),
    );
    expect(dup.code).toBe('NOTICE_DUPLICATE_DATE');
    expect(dup.message).toContain('2027-05-05 已在第3行列出');
    const weekdayMakeup = refused(
      parseHolidayNotice(notice(2027, '四、劳动节：5月1日至5日放假调休，共5天。5月7日上班。')),
    );
    expect(weekdayMakeup.code).toBe('NOTICE_MAKEUP_NOT_WEEKEND');
    expect(weekdayMakeup.message).toContain('2027-05-07 是星期五');
    expect(refused(parseHolidayNotice(notice(2027, '一、元旦：1月3日至1日放假。'))).code).toBe(
      'NOTICE_LINE_UNREADABLE',
    );
  });

  it('refuses a text longer than a notice could be', () => {
    expect(refused(parseHolidayNotice(`${notice(2027)}\n${'字'.repeat(20_001)}`)).code).toBe(
      'NOTICE_TOO_LONG',
    );
  });
});
