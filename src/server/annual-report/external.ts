// External reports (外部报告): a county supervisor uploads the Word/PDF/TXT report of a township that
// does not use Fazhi; it is checked on upload (in a worker thread) and stored with its findings and
// metrics, so that it joins the county's view of the year (county.ts). Commands: upload or replace,
// download the original, delete.
import { Readable } from 'node:stream';
import type { CheckResult } from '../../checker/index.ts';
import type { Actor } from '../core/actor.ts';
import { openAttachment, storeAttachment } from '../core/attachments.ts';
import { recordAudit } from '../core/audit.ts';
import { blobStoreFor } from '../core/blob-store.ts';
import type { S3Location } from '../core/blob-store-s3.ts';
import type { Kdb } from '../db/connect.ts';
import { AppError, conflict, notFound } from '../errors.ts';
import { checkOneUpload, UncheckableError } from '../workers/checker.ts';
import { countBySeverity, supervisedOrg } from './county-year.ts';
import { EXTERNAL_EXTENSIONS, type ExternalReportRow } from './external-table.ts';

export interface ExternalUpload {
  orgId: number;
  year: number;
  fileName: string;
  bytes: Buffer;
  submittedOn?: string;
  publishedOn?: string;
}

const extensionOf = (name: string) => {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(i + 1).toLowerCase() : '';
};

/**
 * Checks an uploaded report and stores it (creating or replacing the township's external report of
 * the year). A file the checker cannot read is refused before anything is stored.
 */
export async function uploadExternal(
  k: Kdb,
  actor: Actor,
  input: ExternalUpload,
  opts: { dataDir: string; s3?: S3Location; maxBytes: number; timeoutMs: number; today: string },
) {
  const org = await supervisedOrg(k, actor, input.orgId);
  const ext = extensionOf(input.fileName);
  if (!(EXTERNAL_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new AppError(
      'UNSUPPORTED_FILE_TYPE',
      415,
      `只能上传 Word（.docx）、PDF 或 TXT 格式的年度报告，“${input.fileName}”不是这几种格式`,
    );
  }
  if (input.bytes.length === 0) throw new AppError('EMPTY_FILE', 400, `文件“${input.fileName}”是空文件`);
  let result: CheckResult;
  let source: { format: string; text: string };
  try {
    // in a worker thread, with a hard time and memory limit (see workers/checker.ts)
    const checked = await checkOneUpload(
      { name: input.fileName, bytes: input.bytes },
      { maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs },
    );
    source = checked;
    result = checked.result;
  } catch (e) {
    if (e instanceof UncheckableError) {
      throw new AppError('REPORT_UNREADABLE', 400, `${e.message}未保存该文件。`);
    }
    throw e;
  }
  if (!source.text.trim()) {
    throw new AppError('REPORT_UNREADABLE', 400, `文件“${input.fileName}”中没有可读取的文字，未保存该文件。`);
  }
  if (
    await k
      .selectFrom('annualReport')
      .select('id')
      .where('orgId', '=', org.id)
      .where('year', '=', input.year)
      .executeTakeFirst()
  ) {
    throw conflict('REPORT_IN_FAZHI', `${org.name}已在本系统起草${input.year}年度报告，不需要上传外部报告`);
  }

  return k.transaction().execute(async (tx) => {
    const attachment = await storeAttachment(tx, actor, {
      stream: Readable.from(input.bytes),
      filename: input.fileName,
      orgId: org.id,
      dataDir: opts.dataDir,
      s3: opts.s3,
      maxBytes: opts.maxBytes,
    });
    const values = {
      orgId: org.id,
      year: input.year,
      fileName: attachment.name,
      sha256: attachment.sha256,
      attachmentId: attachment.id,
      format: source.format,
      title: result.title,
      text: source.text,
      metricsJson: JSON.stringify(result.metrics),
      findingsJson: JSON.stringify(result.findings),
      submittedOn: input.submittedOn ?? opts.today,
      publishedOn: input.publishedOn ?? null,
      uploadedBy: actor.system ? null : actor.userId,
      uploadedAt: new Date().toISOString(),
    };
    const before = await tx
      .selectFrom('externalReport')
      .selectAll()
      .where('orgId', '=', org.id)
      .where('year', '=', input.year)
      .executeTakeFirst();
    let id: number;
    if (before) {
      await tx.updateTable('externalReport').set(values).where('id', '=', before.id).execute();
      id = before.id;
    } else {
      id = (await tx.insertInto('externalReport').values(values).returning('id').executeTakeFirstOrThrow())
        .id;
    }
    const summary = (r: Pick<ExternalReportRow, 'fileName' | 'sha256' | 'submittedOn' | 'publishedOn'>) => ({
      year: input.year,
      fileName: r.fileName,
      sha256: r.sha256,
      submittedOn: r.submittedOn,
      publishedOn: r.publishedOn,
    });
    await recordAudit(tx, actor, {
      action: before ? 'external_report.replace' : 'external_report.upload',
      entityType: 'external_report',
      entityId: id,
      orgId: org.id,
      before: before ? summary(before) : undefined,
      after: { ...summary(values), metrics: result.metrics.length, findings: result.findings.length },
    });
    return {
      id,
      orgId: org.id,
      orgName: org.name,
      year: input.year,
      replaced: Boolean(before),
      fileName: values.fileName,
      sha256: values.sha256,
      attachmentId: attachment.id,
      submittedOn: values.submittedOn,
      publishedOn: values.publishedOn,
      title: result.title,
      sections: result.sections,
      counts: countBySeverity(result.findings),
      findings: result.findings,
      metrics: result.metrics,
    };
  });
}

/**
 * The original file of a township's external report of the year, with the name it was uploaded
 * under. A download is not a change: like every attachment download, it is not audited.
 */
export async function openExternalFile(
  k: Kdb,
  actor: Actor,
  orgId: number,
  year: number,
  dataDir: string,
  s3?: S3Location,
): Promise<{ fileName: string; mime: string; size: number; sha256: string; stream: Readable }> {
  const org = await supervisedOrg(k, actor, orgId);
  const row = await k
    .selectFrom('externalReport')
    .select(['fileName', 'attachmentId'])
    .where('orgId', '=', org.id)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!row?.attachmentId) throw notFound(`${org.name}${year}年度外部报告的原件`);
  // The report's own file, authorised just above by the township being supervised.
  const { row: file, stream } = await openAttachment(
    k,
    actor,
    row.attachmentId,
    dataDir,
    async () => true,
    blobStoreFor(k, dataDir, s3),
  );
  return { fileName: row.fileName, mime: file.mime, size: file.size, sha256: file.sha256, stream };
}

/**
 * Whether an attachment is an external report's file (null when it is not) and, if so, whether the
 * actor may read that report (the township is one the actor supervises).
 */
export async function mayReadExternalFile(
  k: Kdb,
  actor: Actor,
  attachmentId: number,
): Promise<boolean | null> {
  const rows = await k
    .selectFrom('externalReport')
    .select('orgId')
    .where('attachmentId', '=', attachmentId)
    .execute();
  if (rows.length === 0) return null;
  for (const r of rows) {
    try {
      await supervisedOrg(k, actor, r.orgId);
      return true;
    } catch {
      // not this township's supervisor; another report may hold the same file
    }
  }
  return false;
}

/** Deletes a township's external report of the year (the stored file stays, as every attachment). */
export async function deleteExternal(k: Kdb, actor: Actor, orgId: number, year: number): Promise<void> {
  const org = await supervisedOrg(k, actor, orgId);
  await k.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('externalReport')
      .selectAll()
      .where('orgId', '=', org.id)
      .where('year', '=', year)
      .executeTakeFirst();
    if (!row) throw notFound(`${org.name}${year}年度外部报告`);
    await tx.deleteFrom('externalReport').where('id', '=', row.id).execute();
    await recordAudit(tx, actor, {
      action: 'external_report.delete',
      entityType: 'external_report',
      entityId: row.id,
      orgId: org.id,
      before: { year, fileName: row.fileName, sha256: row.sha256, submittedOn: row.submittedOn },
    });
  });
}
