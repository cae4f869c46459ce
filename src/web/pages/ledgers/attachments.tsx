// Attachments of ledger records: upload through POST /api/attachments (content-addressed, with
// SHA-256), a single-file input for attachment fields and a multi-file list for workflow steps.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import type { Attachment } from '../../../shared/api/attachments.ts';
import type { Id } from '../../../shared/api/common.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';

const T = L.ledgers;

export function uploadAttachment(file: File, orgId?: Id): Promise<Attachment> {
  const body = new FormData();
  // Fields before the file: the server reads them from the parts that precede it.
  if (orgId) body.append('orgId', String(orgId));
  body.append('file', file);
  return api.post<Attachment>('/api/attachments', body);
}

export function AttachmentLink({ id, name }: { id: Id; name?: string }) {
  return (
    <Typography.Link href={`/api/attachments/${id}`} target="_blank" rel="noopener">
      <PaperClipOutlined /> {name ?? T.attachmentN(id)}
    </Typography.Link>
  );
}

function useUploader(orgId: Id | undefined, onDone: (a: Attachment, uid: string) => void) {
  const { message } = App.useApp();
  return async (options: {
    file: unknown;
    onSuccess?: (body: unknown) => void;
    onError?: (e: Error) => void;
  }) => {
    const file = options.file as File & { uid: string };
    try {
      const a = await uploadAttachment(file, orgId);
      onDone(a, file.uid);
      options.onSuccess?.(a);
    } catch (error) {
      message.error(errorMessage(error));
      options.onError?.(error as Error);
    }
  };
}

/** One attachment (an attachment field): the value is the attachment id. */
export function AttachmentInput(props: { value?: Id | null; onChange?: (v: Id | null) => void; orgId?: Id }) {
  const [files, setFiles] = useState<UploadFile[]>(() =>
    props.value ? [{ uid: String(props.value), name: T.attachmentN(props.value), status: 'done' }] : [],
  );
  const upload = useUploader(props.orgId, (a, uid) => {
    setFiles([{ uid, name: a.name, status: 'done' }]);
    props.onChange?.(a.id);
  });
  return (
    <Upload
      maxCount={1}
      fileList={files}
      customRequest={upload}
      onChange={({ fileList }) => setFiles(fileList)}
      onRemove={() => {
        setFiles([]);
        props.onChange?.(null);
      }}
    >
      <Button icon={<UploadOutlined />}>{T.upload}</Button>
    </Upload>
  );
}

/** Several attachments (evidence of a workflow step): the value is the list of ids. */
export function AttachmentsInput(props: { value?: Id[]; onChange?: (v: Id[]) => void; orgId?: Id }) {
  const [files, setFiles] = useState<Array<UploadFile & { attachmentId?: Id }>>([]);
  const ids = (list: Array<UploadFile & { attachmentId?: Id }>) =>
    list.map((f) => f.attachmentId).filter((x): x is Id => typeof x === 'number');
  const upload = useUploader(props.orgId, (a, uid) => {
    setFiles((prev) => {
      const next = prev.map((f) =>
        f.uid === uid ? { ...f, name: a.name, status: 'done' as const, attachmentId: a.id, response: a } : f,
      );
      props.onChange?.(ids(next));
      return next;
    });
  });
  return (
    <>
      <Upload
        multiple
        fileList={files}
        customRequest={upload}
        onChange={({ fileList }) =>
          setFiles((prev) =>
            fileList.map((f) => ({ ...f, attachmentId: prev.find((p) => p.uid === f.uid)?.attachmentId })),
          )
        }
        onRemove={(file) => {
          const next = files.filter((f) => f.uid !== file.uid);
          setFiles(next);
          props.onChange?.(ids(next));
        }}
      >
        <Button icon={<UploadOutlined />}>{T.upload}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {T.uploadHint}
      </Typography.Text>
    </>
  );
}
