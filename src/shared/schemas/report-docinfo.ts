// 发文信息 of the annual report, with Chinese messages: the 发文字号 of the 版头 and the 抄送机关 and
// 印发机关 of the 版记 (GB/T 9704-2012 7.2.4, 7.4). The server validates with them; the web reuses
// `docNumberProblem` to warn while the user types.
import { z } from 'zod';

export const DOC_NUMBER_EXAMPLE = '青政发〔2026〕3号';
export const CC_MAX = 20;
export const ORGAN_MAX_CHARS = 40;

/** 机关代字 + 〔YYYY〕 + 序号 (no 第, no leading zero) + 号 (7.2.4). */
export const DOC_NUMBER_PATTERN = /^[\u4e00-\u9fff]{1,20}〔\d{4}〕[1-9]\d{0,4}号$/;

/** What is wrong with a 发文字号, in Chinese, or null when it is well formed. */
export function docNumberProblem(value: string): string | null {
  const s = value.trim();
  if (DOC_NUMBER_PATTERN.test(s)) return null;
  const like = `，如“${DOC_NUMBER_EXAMPLE}”`;
  if (s.length > 40) return '发文字号不超过40个字';
  if (/[[\]()（）【】［］〖〗<>〈〉]\s*\d+\s*[[\]()（）【】［］〖〗<>〈〉]/.test(s))
    return `发文字号的年份应用六角括号“〔〕”括入，不用方括号、圆括号或“【】”${like}`;
  if (/〔(?!\d{4}〕)/.test(s)) return `发文字号的年份应写全四位阿拉伯数字${like}`;
  if (/〕\s*第/.test(s)) return `发文字号的序号不加“第”字${like}`;
  if (/〕0\d*/.test(s)) return `发文字号的序号不编虚位（1不写作01）${like}`;
  if (/^〔/.test(s) || /^[^\u4e00-\u9fff]/.test(s)) return `发文字号应以机关代字开头${like}`;
  return `发文字号应为“机关代字〔年份〕序号号”${like}`;
}

const organ = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `${what}不能为空`)
    .max(ORGAN_MAX_CHARS, `${what}不超过${ORGAN_MAX_CHARS}个字`);

/** 版头: the 发文字号; an empty one removes it. */
export const docHeaderSchema = z.object({
  number: z
    .string({ error: '发文字号应为文字' })
    .trim()
    .refine((s) => s === '' || docNumberProblem(s) === null, {
      error: (issue) => docNumberProblem(String(issue.input).trim()) ?? '发文字号格式不正确',
    })
    .optional(),
});

/** 版记: up to 20 抄送机关 and the 印发机关; an empty 印发机关 removes it. */
export const docRecordSchema = z.object({
  cc: z
    .array(organ('抄送机关'), { error: '抄送机关应为列表' })
    .max(CC_MAX, `抄送机关最多${CC_MAX}个`)
    .refine((cc) => new Set(cc).size === cc.length, '抄送机关有重复')
    .optional(),
  printer: z
    .string({ error: '印发机关应为文字' })
    .trim()
    .max(ORGAN_MAX_CHARS, `印发机关不超过${ORGAN_MAX_CHARS}个字`)
    .optional(),
});

export type DocHeaderInput = z.infer<typeof docHeaderSchema>;
export type DocRecordInput = z.infer<typeof docRecordSchema>;
