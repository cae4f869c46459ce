// 报告体检: POST /api/checks checks one or many uploaded reports in a worker thread (nothing is stored);
// GET /api/checks/rules lists the rule set with each rule's doc page.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CheckResult,
  copyPairs,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  rules,
} from '../../checker/index.ts';
import { type CopyPair, checkResponse, type RuleInfo, ruleList } from '../../shared/api/checks.ts';
import { cleanFilename } from '../core/attachments.ts';
import { authorize } from '../core/policy.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { checkUploads } from '../workers/checker.ts';

/** A county checks its townships' reports in one go: about 30, with room to spare. */
export const MAX_FILES_PER_CHECK = 40;
/** All files of one request together; each file is further bounded by the checker and the upload limit. */
export const MAX_BYTES_PER_CHECK = 100 * 1024 * 1024;

const DOCS_DIR = resolve(import.meta.dirname, '../../../docs/rules');

export type UploadResult = CheckResult & { text?: string };

export type { CopyPair, RuleInfo };

export const checkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/checks',
    {
      schema: {
        tags: ['报告体检'],
        summary:
          '上传一份或多份年度报告进行体检（txt、html、docx、pdf、md），返回与命令行 JSON 相同的结果及报告间雷同段落；不保存文件',
        consumes: ['multipart/form-data'],
        querystring: z.object({
          text: z
            .enum(['1', '0', 'true', 'false'])
            .optional()
            .describe('为 1 时每份结果附带解码后的原文（text），供页面按行列标注问题'),
        }),
        response: { 200: checkResponse },
      },
    },
    async (req) => {
      authorize(requireActor(req), 'checker.use');
      const withText = req.query.text === '1' || req.query.text === 'true';
      const maxBytes = Math.min(DEFAULT_MAX_BYTES, app.config.maxUploadBytes);
      const files = await readUploads(req, maxBytes);
      const names = uniqueNames(files.map((f) => f.name));
      const tooLarge = new Map<number, string>();
      const readable: { name: string; bytes: Uint8Array }[] = [];
      const order: number[] = [];
      files.forEach((f, i) => {
        if (f.truncated) tooLarge.set(i, tooLargeMessage(names[i], maxBytes));
        else {
          readable.push({ name: names[i], bytes: f.bytes });
          order.push(i);
        }
      });
      // in a worker thread, with a hard time and memory limit per file (see workers/checker.ts)
      const checked = readable.length
        ? await checkUploads(readable, { maxBytes, timeoutMs: DEFAULT_TIMEOUT_MS, text: withText })
        : [];
      const results: UploadResult[] = files.map((_, i) => {
        const why = tooLarge.get(i);
        return why ? errorResult(names[i], why) : checked[order.indexOf(i)];
      });
      return { results, pairs: copyPairs(results) };
    },
  );

  app.get(
    '/checks/rules',
    {
      schema: {
        tags: ['报告体检'],
        summary: '体检规则清单：编号、类别、默认级别、说明及规则文档（Markdown）',
        response: { 200: ruleList },
      },
    },
    async (req) => {
      authorize(requireActor(req), 'checker.use');
      return { items: await ruleInfos() };
    },
  );
};

interface Upload {
  name: string;
  bytes: Buffer;
  truncated: boolean;
}

async function readUploads(req: FastifyRequest, maxBytes: number): Promise<Upload[]> {
  if (!req.isMultipart())
    throw new AppError('NO_FILE', 400, '请以表单文件（multipart/form-data）方式上传报告');
  const files: Upload[] = [];
  let total = 0;
  try {
    const parts = req.files({
      limits: { files: MAX_FILES_PER_CHECK, fileSize: maxBytes },
      // An oversized file becomes an error result of its own; the other files are still checked.
      throwFileSizeLimit: false,
    });
    for await (const part of parts) {
      const bytes = await part.toBuffer();
      total += bytes.length;
      if (total > MAX_BYTES_PER_CHECK) {
        throw new AppError(
          'FILE_TOO_LARGE',
          413,
          `一次上传的文件合计超过 ${MAX_BYTES_PER_CHECK / 1024 / 1024} MB，请分批体检`,
        );
      }
      files.push({ name: part.filename, bytes, truncated: part.file.truncated });
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_FILES_LIMIT') {
      throw new AppError('TOO_MANY_FILES', 413, `一次最多体检 ${MAX_FILES_PER_CHECK} 份报告，请分批上传`);
    }
    throw e;
  }
  if (files.length === 0) throw new AppError('NO_FILE', 400, '请至少上传一份报告文件');
  return files;
}

/**
 * Results and copying findings refer to files by name, so names within one batch must differ; and
 * they are shown, so they carry no control or bidirectional characters.
 */
function uniqueNames(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((name) => {
    const base = cleanFilename(name);
    let out = base;
    const ext = extname(base);
    const stem = ext ? base.slice(0, -ext.length) : base;
    for (let n = 2; seen.has(out); n++) out = `${stem}（${n}）${ext}`;
    seen.add(out);
    return out;
  });
}

function tooLargeMessage(name: string, limit: number): string {
  return `文件“${name}”超过 ${Math.round(limit / 1024 / 1024)} MB 的上限，请删除图片等附件后再试。`;
}

function errorResult(file: string, error: string): UploadResult {
  return { file, title: null, org: null, year: null, sections: [], findings: [], metrics: [], error };
}

let ruleCache: Promise<RuleInfo[]> | null = null;

function ruleInfos(): Promise<RuleInfo[]> {
  ruleCache ??= Promise.all(
    rules.map(async (r) => ({
      id: r.meta.id,
      category: r.meta.category,
      severity: r.meta.severity,
      description: r.meta.description,
      doc: await readFile(resolve(DOCS_DIR, `${r.meta.id}.md`), 'utf8').catch(() => null),
    })),
  ).catch((e) => {
    ruleCache = null;
    throw e;
  });
  return ruleCache;
}
