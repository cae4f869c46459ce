// Why a file could not be checked. The message is Chinese, names the file, and says what to do.

export type InputErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'UNSUPPORTED'
  | 'CORRUPT'
  | 'TOO_LARGE'
  | 'ARCHIVE_BOMB'
  | 'TIMEOUT'
  | 'EMPTY';

export class CheckerInputError extends Error {
  override readonly name = 'CheckerInputError';

  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const fmtMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/** The Chinese messages, one per error code. */
export const inputErrors = {
  notFound: (file: string) => new CheckerInputError('NOT_FOUND', file, `找不到文件“${file}”，请检查路径。`),
  unreadable: (file: string, why: string) =>
    new CheckerInputError('UNREADABLE', file, `无法读取文件“${file}”（${why}），请检查文件权限。`),
  unsupported: (file: string, what: string) =>
    new CheckerInputError(
      'UNSUPPORTED',
      file,
      `文件“${file}”是${what}，不是可体检的格式。请提供 .txt、.html、.docx、.pdf 或 .md 格式的报告。`,
    ),
  corrupt: (file: string, what: string) =>
    new CheckerInputError(
      'CORRUPT',
      file,
      `文件“${file}”已损坏或不是有效的${what}，无法读取，请重新导出后再试。`,
    ),
  tooLarge: (file: string, size: number, limit: number) =>
    new CheckerInputError(
      'TOO_LARGE',
      file,
      `文件“${file}”大小为 ${fmtMb(size)}，超过 ${fmtMb(limit)} 的上限，请删除图片等附件后再试。`,
    ),
  bomb: (file: string, why: string) =>
    new CheckerInputError(
      'ARCHIVE_BOMB',
      file,
      `文件“${file}”解压后体积异常（${why}），疑似压缩炸弹，已拒绝处理。`,
    ),
  tooMuchText: (file: string, limit: number) =>
    new CheckerInputError(
      'TOO_LARGE',
      file,
      `文件“${file}”的文字超过体检上限 ${Math.round(limit / 10_000)} 万字，请拆分后再试。`,
    ),
  timeout: (file: string, ms: number) =>
    new CheckerInputError(
      'TIMEOUT',
      file,
      `文件“${file}”处理超过 ${Math.round(ms / 1000)} 秒仍未完成，已停止。请检查文件是否过大或已损坏。`,
    ),
  empty: (file: string) =>
    new CheckerInputError(
      'EMPTY',
      file,
      `文件“${file}”中没有可读取的文字（可能是扫描件或空文件），请提供文字版报告。`,
    ),
};
