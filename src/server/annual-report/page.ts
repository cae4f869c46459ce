// The GB/T 9704-2012 page of an official document, in millimetres and points: imported by every
// document Fazhi writes (the 法治政府 report, the 政府信息公开 report) and by nothing else, so that
// any module may use it without reaching the roll-up.

/** Millimetres to twentieths of a point (twips). */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** The GB/T 9704-2012 page, in millimetres and points. */
export const LAYOUT = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  topMm: 37,
  leftMm: 28,
  textWidthMm: 156,
  textHeightMm: 225,
  lines: 22,
  chars: 28,
  /** 号 sizes in points: 2号 22, 3号 16, 4号 14. */
  titlePt: 22,
  bodyPt: 16,
  pageNumberPt: 14,
  /** The page number's top edge lies 7 mm below the text block (7.5). */
  pageNumberGapMm: 7,
} as const;

export const RIGHT_MM = LAYOUT.pageWidthMm - LAYOUT.leftMm - LAYOUT.textWidthMm; // 26
export const BOTTOM_MM = LAYOUT.pageHeightMm - LAYOUT.topMm - LAYOUT.textHeightMm; // 35

/** Line pitch of the grid (twips): the text block's height over 22 lines. */
export const LINE_PITCH = Math.round(mmToTwip(LAYOUT.textHeightMm) / LAYOUT.lines);
/**
 * Character pitch over the body size, in 1/4096 pt (w:charSpace of a linesAndChars grid): the
 * text block's width over 28 characters, less the 3号 body size.
 */
export const CHAR_SPACE = Math.round(
  (((LAYOUT.textWidthMm / 25.4) * 72) / LAYOUT.chars - LAYOUT.bodyPt) * 4096,
);
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
