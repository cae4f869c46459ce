// Titles that reports put in 《》 and that read like documents but are books, study readers or
// periodicals — not legal instruments. The citation rules leave them alone.
export const NON_INSTRUMENTS: readonly string[] = [
  '习近平法治思想学习纲要',
  '习近平新时代中国特色社会主义思想学习纲要',
  '习近平新时代中国特色社会主义思想学习纲要（2023年版）',
  '习近平谈治国理政',
  '论坚持全面依法治国',
  '习近平关于全面依法治国论述摘编',
  '人民日报',
  '法治日报',
  '求是',
  '新闻联播',
  '今日说法',
];
