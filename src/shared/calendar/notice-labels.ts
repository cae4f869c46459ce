// Every word of the notice parser (notice.ts) that a user reads: refusals and warnings. Kept apart
// from labels.ts so the parser's wording can change without touching the calendar's own labels.

/** "第3行“三、清明节：…”" — how a refusal names the line it could not read. */
function at(line: number, text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return `第${line}行“${shown}”`;
}

export const noticeErrors = {
  empty: '请粘贴《国务院办公厅关于××××年部分节假日安排的通知》的全文',
  tooLong: (max: number) => `粘贴的文字超过 ${max} 字，请只粘贴通知本身`,
  noTitle: '未找到通知标题“国务院办公厅关于××××年部分节假日安排的通知”，无法确定年份，请连同标题一起粘贴',
  titleYears: (a: number, b: number, line: number, text: string) =>
    `${at(line, text)}：通知标题中的年份${b}年与前文的${a}年不一致`,
  expectedYear: (expected: number, found: number) =>
    `粘贴的是${found}年的通知，与要添加的${expected}年不一致`,
  preambleYear: (year: number, found: number, line: number, text: string) =>
    `${at(line, text)}：正文写的是${found}年，与通知标题的${year}年不一致`,
  dateYear: (year: number, found: number, line: number, text: string) =>
    `${at(line, text)}：日期中的${found}年与通知标题的${year}年不符`,
  unreadable: (line: number, text: string) =>
    `${at(line, text)}无法识别。每个节日应写作“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”的格式`,
  unreadablePart: (line: number, text: string, part: string) =>
    `${at(line, text)}中的“${part}”无法识别，无法确定放假或上班日期`,
  noDates: (line: number, text: string, festival: string) => `${at(line, text)}：未找到${festival}的放假日期`,
  invalidDate: (line: number, text: string, written: string) =>
    `${at(line, text)}：“${written}”不是有效的日期`,
  spanOrder: (line: number, text: string, from: string, to: string) =>
    `${at(line, text)}：放假结束日期 ${to} 早于开始日期 ${from}`,
  weekday: (line: number, text: string, date: string, actual: string, written: string) =>
    `${at(line, text)}：${date} 是${actual}，括号中写的是“${written}”，请核对日期`,
  dayCount: (line: number, text: string, declared: number, from: string, to: string, actual: number) =>
    `${at(line, text)}：写明共${declared}天，但 ${from} 至 ${to} 是 ${actual} 天，请核对`,
  weekendLinked: (line: number, text: string) => `${at(line, text)}：“与周末连休”只能用于单独一天的放假`,
  countWithoutSpan: (line: number, text: string) => `${at(line, text)}：“共×天”之前没有放假日期`,
  duplicate: (line: number, text: string, date: string, earlier: number) =>
    `${at(line, text)}：${date} 已在第${earlier}行列出`,
  makeupNotWeekend: (line: number, text: string, date: string, weekday: string) =>
    `${at(line, text)}：调休上班日 ${date} 是${weekday}，不是周末，请核对`,
  noHolidays: (year: number) => `未从通知中识别出${year}年的任何放假日期，不能添加空的年度`,
};

export const noticeWarnings = {
  noDocumentNumber: '未找到文号（如“国办发明电〔2025〕7号”），依据中不含文号，请在确认前补充',
  noPublishedOn: '未找到发布日期（通知末尾的“××××年×月×日”），依据中不含发布日期，请在确认前补充',
  documentYear: (doc: string, published: string) => `文号${doc}的年份与发布日期${published}不一致，请核对`,
  otherYear: (date: string, kind: 'holiday' | 'workday', name: string, year: number, own: number) =>
    `${date}（${name}${kind === 'holiday' ? '放假' : '调休上班'}）属于${own}年，不计入${year}年的数据；` +
    `如${own}年的日历尚未包含这一天，请另行补充${own}年`,
  encouraged: (line: number, sentence: string) => `第${line}行“${sentence}”是倡导性安排，不是放假日，未计入`,
  missingFestival: (name: string) => `通知中没有${name}的安排，请核对是否粘贴完整`,
  weekendLinkedNotNextToWeekend: (line: number, date: string, weekday: string) =>
    `第${line}行：${date}（${weekday}）写明“与周末连休”，但这一天不与周末相邻，请核对`,
};

export const noticeSource = {
  /** 《title》（文号，YYYY年M月D日公布） — the same shape as the shipped years' sources. */
  format: (title: string, documentNumber: string | null, publishedOn: string | null) => {
    const parts: string[] = [];
    if (documentNumber) parts.push(documentNumber);
    if (publishedOn) {
      const [y, m, d] = publishedOn.split('-').map(Number);
      parts.push(`${y}年${m}月${d}日公布`);
    }
    return parts.length ? `《${title}》（${parts.join('，')}）` : `《${title}》`;
  },
  title: (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`,
};

/** The data's note when the notice names dates of another year (as the shipped 2023 does). */
export const noticeNote = {
  otherYear: (items: { date: string; kind: 'holiday' | 'workday'; name: string }[], own: number) =>
    items.map((d) => `${d.date}（${d.name}${d.kind === 'holiday' ? '放假' : '调休上班'}）`).join('、') +
    `见本通知，但不属于${own}年，不在本年数据中。`,
};
