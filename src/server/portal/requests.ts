// The online 依申请公开 request (《政府信息公开条例》第二十九条 and 第三十一条): the citizen's form is
// checked here, then handed to the disclosure ledger's own create path (its input rules, SM4
// encryption of phone and ID numbers, masking in audit, the statutory answer clock), with channel
// 互联网渠道 and the day of receipt = the day of submission in China on the app's clock (the day both
// sides confirm: the applicant sends, the system confirms at once with a receipt). The receipt is a
// 申请编号 and a random 查询码 shown once; only the code's keyed hash is kept.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Calendar } from '../../shared/calendar/index.ts';
import { type Actor, systemActor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import type { Pii } from '../core/pii.ts';
import type { Kdb } from '../db/connect.ts';
import {
  ANSWER_TYPES,
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  ID_TYPES,
  REQUEST_STATES,
} from '../ledgers/disclosure/labels.ts';
import { validIdCard } from '../ledgers/inputs.ts';
import { findLedger, findRecordType } from '../ledgers/registry.ts';
import { createRecord } from '../ledgers/store.ts';
import type { FormErrors, FormValues } from './form-html.ts';
import './form-types.ts';

/** Who acts when a citizen submits on the portal: the installation, on the citizen's behalf. */
export function portalActor(ip: string | null): Actor {
  return { ...systemActor, displayName: '公开门户（网上提交）', clientIp: ip };
}

export const APPLICANT_KINDS = [
  { value: 'person', label: '公民' },
  { value: 'org', label: '法人或者其他组织' },
] as const;
export const ORG_KINDS = APPLICANT_TYPES.filter((t) => t.value !== 'natural');
export { DELIVERY_METHODS, ID_TYPES };

/** The form's fields and their Chinese names (the error summary names each). */
export const REQUEST_LABELS: Record<string, string> = {
  applicantKind: '申请人类型',
  name: '姓名',
  idType: '证件类型',
  idNo: '证件号码',
  orgName: '名称',
  orgType: '组织类别',
  creditCode: '统一社会信用代码',
  legalRep: '法定代表人或者负责人',
  contact: '联系人姓名',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  title: '所需政府信息的名称',
  docNo: '文号',
  description: '所需政府信息的内容描述',
  purpose: '用途',
  delivery: '获取信息的方式',
};

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
/** GB 32100-2015 统一社会信用代码: 18 characters (the check character is not verified here). */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const OTHER_ID = /^[A-Za-z0-9()（）-]{5,40}$/;

const within = (v: string, max: number) => [...v].length <= max;

/**
 * The ledger's create input of a form, or the errors of its fields (Chinese, per field). Values
 * are trimmed; nothing is guessed.
 */
export function validateRequest(
  raw: FormValues,
  orgId: number,
  today: string,
): { errors: FormErrors; input: Record<string, unknown> | null } {
  const v: FormValues = {};
  for (const [key, value] of Object.entries(raw)) v[key] = value.trim();
  const errors: FormErrors = {};
  const need = (name: string, max: number, message = `请填写${REQUEST_LABELS[name]}`) => {
    if (!v[name]) errors[name] = message;
    else if (!within(v[name], max)) errors[name] = `${REQUEST_LABELS[name]}不超过${max}字`;
  };
  const optional = (name: string, max: number) => {
    if (v[name] && !within(v[name], max)) errors[name] = `${REQUEST_LABELS[name]}不超过${max}字`;
  };
  const person = v.applicantKind === 'person';
  const org = v.applicantKind === 'org';
  if (!person && !org) errors.applicantKind = '请选择申请人是公民，还是法人或者其他组织';
  if (person) {
    need('name', 50);
    if (!ID_TYPES.some((t) => t.value === v.idType)) errors.idType = '请选择证件类型';
    v.idNo = (v.idNo ?? '').toUpperCase();
    if (!v.idNo) errors.idNo = '请填写证件号码';
    else if (v.idType === 'resident_id' && !validIdCard(v.idNo))
      errors.idNo = '居民身份证号码应为18位，且最后一位校验码正确，请核对';
    else if (v.idType !== 'resident_id' && !OTHER_ID.test(v.idNo))
      errors.idNo = '证件号码应为5至40位字母或数字';
  }
  if (org) {
    need('orgName', 100);
    if (!ORG_KINDS.some((t) => t.value === v.orgType)) errors.orgType = '请选择组织类别';
    v.creditCode = (v.creditCode ?? '').toUpperCase();
    if (!v.creditCode) errors.creditCode = '请填写统一社会信用代码';
    else if (!CREDIT_CODE.test(v.creditCode))
      errors.creditCode = '统一社会信用代码应为18位数字或大写字母，请核对';
    need('legalRep', 50);
    need('contact', 50);
  }
  if (!v.phone) errors.phone = '请填写联系电话，以便告知补正或者答复';
  else if (!PHONE.test(v.phone)) errors.phone = '联系电话应为11位手机号码或带区号的固定电话';
  if (!DELIVERY_METHODS.some((d) => d.value === v.delivery)) errors.delivery = '请选择获取信息的方式';
  if (v.email && !EMAIL.test(v.email)) errors.email = '电子邮箱格式不正确';
  else if (v.delivery === 'email' && !v.email) errors.email = '选择通过电子邮件获取的，请填写电子邮箱';
  else optional('email', 100);
  if (v.delivery === 'paper_post' && !v.address) errors.address = '选择邮寄纸质文本的，请填写邮寄地址';
  else optional('address', 200);
  need('title', 200, '请填写所需政府信息的名称');
  optional('docNo', 60);
  optional('description', 1800);
  optional('purpose', 200);
  if (Object.keys(errors).length) return { errors, input: null };

  const nil = (s: string | undefined) => s || null;
  const description = [v.docNo ? `文号：${v.docNo}` : '', v.description ?? ''].filter(Boolean).join('\n');
  return {
    errors,
    input: {
      title: v.title,
      orgId,
      applicantType: person ? 'natural' : v.orgType,
      applicantName: person ? v.name : v.orgName,
      applicantPhone: v.phone,
      applicantIdcard: person && v.idType === 'resident_id' ? v.idNo : null,
      applicantIdType: person ? v.idType : null,
      applicantIdNo: person && v.idType !== 'resident_id' ? v.idNo : null,
      applicantAddress: nil(v.address),
      applicantEmail: nil(v.email),
      applicantCreditCode: org ? v.creditCode : null,
      applicantLegalRep: org ? v.legalRep : null,
      applicantContact: org ? v.contact : null,
      purpose: nil(v.purpose),
      deliveryMethod: v.delivery,
      channel: 'online',
      submittedOn: today,
      receivedOn: today,
      description: description || null,
    },
  };
}

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A 查询码 of 10 characters without look-alikes (no 0/O, 1/I/L). */
export function newLookupCode(): string {
  let out = '';
  for (let i = 0; i < 10; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

const codeHash = (key: Buffer, receiptNo: string, code: string) =>
  createHmac('sha256', key).update(`lookup|${receiptNo}|${code}`, 'utf8').digest('hex');

/** 申请编号: YSQ, the day of receipt and the ledger record's number (YSQ20261203-00042). */
export const receiptNumber = (today: string, requestId: number) =>
  `YSQ${today.replace(/-/g, '')}-${String(requestId).padStart(5, '0')}`;

export interface SubmitContext {
  k: Kdb;
  pii: Pii;
  calendar: Calendar;
  key: Buffer;
  today: string;
  at: string;
  ip: string | null;
}

/** Creates the ledger record and its receipt in one transaction; returns the number and the code. */
export async function submitRequest(
  c: SubmitContext,
  input: Record<string, unknown>,
): Promise<{ receiptNo: string; code: string; requestId: number }> {
  const ledger = findLedger('disclosure');
  const rt = ledger && findRecordType(ledger, 'disclosure_request');
  if (!ledger || !rt) throw new Error('disclosure ledger missing');
  const actor = portalActor(c.ip);
  const code = newLookupCode();
  return c.k.transaction().execute(async (tx) => {
    const row = await createRecord(tx, actor, ledger, rt, input, {
      pii: c.pii,
      calendar: c.calendar,
      today: c.today,
      at: c.at,
    });
    const receiptNo = receiptNumber(c.today, row.id);
    await tx
      .insertInto('portalReceipt')
      .values({
        orgId: row.orgId,
        requestId: row.id,
        receiptNo,
        codeHash: codeHash(c.key, receiptNo, code),
        createdAt: c.at,
      })
      .execute();
    await recordAudit(tx, actor, {
      action: 'portal.apply',
      orgId: row.orgId,
      entityType: 'disclosure.disclosure_request',
      entityId: row.id,
      after: { receiptNo, channel: 'online', receivedOn: c.today },
      at: c.at,
    });
    return { receiptNo, code, requestId: row.id };
  });
}

export interface RequestStatus {
  receiptNo: string;
  state: string;
  /** 法定答复期限 (the answer clock's due date), when known. */
  due: string | null;
  /** 办理结果, once answered. */
  answer: string | null;
}

const label = (opts: readonly { value?: string; id?: string; label: string }[], v: unknown) =>
  opts.find((o) => (o.value ?? o.id) === v)?.label ?? null;

/**
 * The status of a request, or null when the number is unknown or the code does not match (the
 * two are never told apart, and both cost the same hash).
 */
export async function lookupStatus(
  k: Kdb,
  key: Buffer,
  receiptNoRaw: string,
  codeRaw: string,
): Promise<RequestStatus | null> {
  const receiptNo = receiptNoRaw.trim().toUpperCase();
  const code = codeRaw.trim().toUpperCase().replace(/[\s-]/g, '');
  const receipt = await k
    .selectFrom('portalReceipt')
    .select(['requestId', 'codeHash'])
    .where('receiptNo', '=', receiptNo)
    .executeTakeFirst();
  const given = Buffer.from(codeHash(key, receiptNo, code), 'hex');
  const stored = Buffer.from(receipt?.codeHash ?? '0'.repeat(64), 'hex');
  const match = stored.length === given.length && timingSafeEqual(stored, given);
  if (!receipt || !match) return null;
  const r = await k
    .selectFrom('disclosureRequest')
    .select(['state', 'answerType'])
    .where('id', '=', receipt.requestId)
    .executeTakeFirst();
  if (!r) return null;
  const clock = await k
    .selectFrom('deadline')
    .select('due')
    .where('ledger', '=', 'disclosure')
    .where('recordType', '=', 'disclosure_request')
    .where('recordId', '=', receipt.requestId)
    .where('deadlineId', '=', 'answer')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    receiptNo,
    state: label(REQUEST_STATES, r.state) ?? '办理中',
    due: clock?.due ?? null,
    answer: r.state === 'answered' ? label(ANSWER_TYPES, r.answerType) : null,
  };
}
