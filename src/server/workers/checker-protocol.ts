// What the main thread and the checker workers exchange, and the Chinese messages of the limits.
export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

interface Limits {
  maxBytes: number;
  /** The checker's own time limit per file (the worker is stopped a little later). */
  timeoutMs: number;
}

export interface CheckTask extends Limits {
  kind: 'check';
  files: UploadFile[];
  text: boolean;
}

export interface ExternalTask extends Limits {
  kind: 'external';
  file: UploadFile;
}

export type TaskInput = CheckTask | ExternalTask;

/**
 * Far beyond any annual report (about 10,000–50,000 characters); a longer text is refused. The
 * checker needs about 15 s for 500,000 characters on one core, within its time limit.
 */
export const MAX_TEXT_CHARS = 500_000;

const wan = (n: number) => `${Math.round(n / 10_000)} 万字`;

export const tooMuchTextMessage = (file: string, chars: number) =>
  `文件“${file}”约有 ${wan(chars)}，超过体检上限 ${wan(MAX_TEXT_CHARS)}，请拆分后再试。`;

export const unprocessableMessage = (file: string) =>
  `文件“${file}”结构过于复杂，体检程序无法处理，已停止。请另存为新的 Word 文档或 PDF 后再试。`;

export const memoryMessage = (file: string, mb: number) =>
  `文件“${file}”内容过多，体检时超出 ${mb} MB 的内存上限，已停止。请删除图片等附件或拆分后再试。`;

export const BUSY_MESSAGE = '报告体检任务较多，请稍后再试。';

export const BATCH_FAILED_MESSAGE =
  '这批报告合计篇幅过大，体检未能在时限和内存上限内完成，请减少一次体检的份数后再试。';
