// The workflow of a 依申请公开 request and its statutory clocks (《政府信息公开条例》第三十条至第三十七条):
// 收到申请 → (一次性告知补正 → 收到补正: the answer period starts again) → 办理 ⇄ 征求意见 (the time
// spent does not count) → 延长 (once, approved) → 答复 with a type and reason of the annual report.
import { addDays, addPeriod } from '../../../shared/calendar/index.ts';
import type { PeriodPause } from '../../../shared/calendar/types.ts';
import { suspendDeadline, updatePauses } from '../../core/workflow/deadlines.ts';
import type { GuardContext, LedgerRow, Refusal, WorkflowDef } from '../contract.ts';
import {
  answerInput,
  consultInput,
  consultReplyInput,
  correctionInput,
  emptyInput,
  extendInput,
  supplementInput,
} from './inputs.ts';
import {
  ANSWER_REASONS,
  ANSWER_TYPES,
  DISCLOSURE_MESSAGES as M,
  RECEIPT_RULES,
  REQUEST_STATES,
} from './labels.ts';
import { ANSWER_PERIOD, BASIS, CORRECTION_PERIOD, THIRD_PARTY_PERIOD } from './rules.ts';

const WORKERS = ['clerk', 'leader'] as const;
const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const labelOf = (opts: readonly { value: string; label: string }[], v: unknown) =>
  opts.find((o) => o.value === v)?.label ?? String(v ?? '');

const clock = (ctx: GuardContext) => ({
  ledger: 'disclosure',
  recordType: 'disclosure_request',
  recordId: ctx.record.id,
});

/** The open answer clock's due date, if any. */
async function answerDue(ctx: GuardContext): Promise<string | null> {
  const row = await ctx.tx
    .selectFrom('deadline')
    .select('due')
    .where('ledger', '=', 'disclosure')
    .where('recordType', '=', 'disclosure_request')
    .where('recordId', '=', ctx.record.id)
    .where('deadlineId', '=', 'answer')
    .where('state', '=', 'open')
    .executeTakeFirst();
  return row?.due ?? null;
}

/** The last day a third party may answer: 15 working days after the notice is served (第三十二条). */
const thirdPartyEnd = (ctx: GuardContext, served: string) =>
  addPeriod(ctx.calendar, { start: served, days: THIRD_PARTY_PERIOD.days, unit: THIRD_PARTY_PERIOD.unit })
    .due;

/**
 * The time a consultation takes, as a pause of the answer clock: from the day after the notice is
 * served through the day the answer arrives (the serving day is a day of the agency's own work;
 * counting resumes the day after the answer, as a period restarts the day after its event). While
 * no answer has come, the pause runs provisionally to the third party's last day or the reply date
 * the agency asked for, so the due date shown is the latest the answer can be.
 */
function pendingPause(ctx: GuardContext): PeriodPause | null {
  const served = str(ctx.fields.consultServedOn);
  const third = ctx.fields.consultParty === 'third_party';
  const to = third ? thirdPartyEnd(ctx, served) : str(ctx.fields.consultReplyBy);
  const from = addDays(served, 1);
  if (to < from) return null;
  const who = str(ctx.fields.consultee);
  return { from, to, reason: third ? M.pauseThirdPartyPending(who) : M.pauseAgencyPending(who) };
}

function settledPause(ctx: GuardContext, pending: PeriodPause): PeriodPause | null {
  const r = ctx.record;
  const third = r.consultParty === 'third_party';
  const replied = str(ctx.fields.consultRepliedOn);
  const to = replied || pending.to;
  const who = str(r.consultee);
  if (to < pending.from) return null;
  return { from: pending.from, to, reason: third ? M.pauseThirdParty(who) : M.pauseAgency(who) };
}

/** Why the answer period starts on the day of receipt (第三十一条, by channel). */
const receiptNote = (row: LedgerRow) =>
  `收到申请之日 ${str(row.receivedOn)}：${RECEIPT_RULES[str(row.channel)] ?? ''}`;

function answerReasonCheck(ctx: GuardContext): Refusal | null {
  const type = str(ctx.fields.answerType);
  const reason = ctx.fields.answerReason;
  const typeLabel = labelOf(ANSWER_TYPES, type);
  const needsReason = ['withhold', 'unavailable', 'not_processed', 'other'].includes(type);
  if (!needsReason) return reason ? refuse(M.reasonNotAllowed(typeLabel), BASIS.answer) : null;
  if (!reason) return refuse(M.reasonNeeded(typeLabel), BASIS.answer);
  if (ANSWER_REASONS.find((o) => o.value === reason)?.type !== type)
    return refuse(M.reasonMismatch(typeLabel), BASIS.answer);
  if (reason === 'no_supplement') return refuse(M.noSupplementViaClose, BASIS.correction);
  if (reason === 'unclear' && !ctx.record.supplementOn)
    return refuse(M.unclearNeedsCorrection, BASIS.correction);
  return null;
}

function feeCheck(ctx: GuardContext): Refusal | null {
  const fee = Number(ctx.fields.feeAmount ?? 0);
  if (ctx.fields.answerReason === 'fee_unpaid' && !(fee > 0)) return refuse(M.feeUnpaidNeedsFee, BASIS.fee);
  if (fee > 0 && !['disclose', 'partial', 'other'].includes(str(ctx.fields.answerType)))
    return refuse(M.feeNotWithType, BASIS.fee);
  if (fee > 0 && !ctx.fields.feeNote) return refuse(M.feeNoteNeeded, BASIS.fee);
  return null;
}

export const REQUEST_WORKFLOW: WorkflowDef = {
  initial: 'received',
  states: REQUEST_STATES,
  transitions: [
    {
      id: 'accept',
      label: '申请明确，转入办理',
      from: ['received'],
      to: 'processing',
      roles: WORKERS,
      input: emptyInput,
      basis: BASIS.flow,
    },
    {
      id: 'request_correction',
      label: '一次性告知补正',
      from: ['received'],
      to: 'correcting',
      roles: WORKERS,
      fields: ['correctionItems', 'correctionDueOn'],
      input: correctionInput,
      basis: BASIS.correction,
      guards: [
        (ctx) => (ctx.record.correctionRequestedOn ? refuse(M.correctionOnce, BASIS.correction) : null),
        (ctx) => {
          const due = addPeriod(ctx.calendar, {
            start: str(ctx.record.receivedOn),
            days: CORRECTION_PERIOD.days,
            unit: CORRECTION_PERIOD.unit,
          }).due;
          return ctx.on > due ? refuse(M.correctionLate(due), BASIS.correction) : null;
        },
        (ctx) =>
          str(ctx.fields.correctionDueOn) <= ctx.on
            ? refuse(M.correctionDueBeforeNotice, BASIS.correction)
            : null,
      ],
      effect: async (ctx) => {
        await suspendDeadline(ctx.tx, clock(ctx), 'answer', ctx.on, M.correctionStop(ctx.on));
        return { correctionRequestedOn: ctx.on };
      },
    },
    {
      id: 'supplement',
      label: '收到补正',
      from: ['correcting'],
      to: 'processing',
      roles: WORKERS,
      fields: ['supplementOn'],
      input: supplementInput,
      basis: BASIS.correction,
      guards: [
        (ctx) =>
          str(ctx.fields.supplementOn) < str(ctx.record.correctionRequestedOn)
            ? refuse(M.supplementBeforeNotice, BASIS.correction)
            : null,
      ],
    },
    {
      id: 'close_no_supplement',
      label: '逾期未补正，不再处理',
      from: ['correcting'],
      to: 'answered',
      roles: WORKERS,
      input: emptyInput,
      basis: BASIS.correction,
      guards: [
        (ctx) =>
          ctx.on <= str(ctx.record.correctionDueOn)
            ? refuse(M.supplementNotLapsed(str(ctx.record.correctionDueOn)), BASIS.correction)
            : null,
      ],
      effect: (ctx) => ({ answerType: 'other', answerReason: 'no_supplement', answeredOn: ctx.on }),
    },
    {
      id: 'consult',
      label: '征求第三方或其他机关意见',
      from: ['received', 'processing'],
      to: 'consulting',
      roles: WORKERS,
      fields: ['consultParty', 'consultee', 'consultServedOn', 'consultReplyBy'],
      input: consultInput,
      basis: BASIS.thirdParty,
      guards: [
        (ctx) =>
          str(ctx.fields.consultServedOn) < str(ctx.record.supplementOn || ctx.record.receivedOn)
            ? refuse(M.consultServedBeforeReceipt, BASIS.thirdParty)
            : null,
        (ctx) => {
          if (ctx.fields.consultParty !== 'agency') return null;
          if (!ctx.fields.consultReplyBy) return refuse(M.consultReplyByNeeded, BASIS.agencies);
          return str(ctx.fields.consultReplyBy) <= str(ctx.fields.consultServedOn)
            ? refuse(M.consultReplyByOrder, BASIS.agencies)
            : null;
        },
      ],
      effect: async (ctx) => {
        const pause = pendingPause(ctx);
        if (pause) await updatePauses(ctx.tx, ctx.calendar, clock(ctx), 'answer', (p) => [...p, pause]);
        return {
          consultRepliedOn: null,
          consultOpinion: null,
          consultReplyBy: ctx.fields.consultParty === 'agency' ? ctx.fields.consultReplyBy : null,
        };
      },
    },
    {
      id: 'consult_reply',
      label: '收到意见（或第三方逾期未提出意见）',
      from: ['consulting'],
      to: 'processing',
      roles: WORKERS,
      fields: ['consultRepliedOn', 'consultOpinion'],
      input: consultReplyInput,
      basis: BASIS.thirdParty,
      guards: [
        (ctx) =>
          ctx.fields.consultOpinion !== 'none' && !ctx.fields.consultRepliedOn
            ? refuse(M.replyDateNeeded, BASIS.thirdParty)
            : null,
        (ctx) =>
          ctx.fields.consultRepliedOn && str(ctx.fields.consultRepliedOn) < str(ctx.record.consultServedOn)
            ? refuse(M.replyBeforeServed, BASIS.thirdParty)
            : null,
      ],
      effect: async (ctx) => {
        const served = str(ctx.record.consultServedOn);
        await updatePauses(ctx.tx, ctx.calendar, clock(ctx), 'answer', (pauses) =>
          pauses.flatMap((p) => {
            if (p.from !== addDays(served, 1)) return [p];
            const settled = settledPause(ctx, p);
            return settled ? [settled] : [];
          }),
        );
        return {};
      },
    },
    {
      id: 'extend',
      label: '延长答复期限',
      from: ['received', 'processing', 'consulting'],
      to: null,
      roles: WORKERS,
      fields: ['extensionDays', 'extensionApprover', 'extensionReason'],
      input: extendInput,
      basis: BASIS.extension,
      guards: [
        (ctx) => (ctx.record.extensionDays ? refuse(M.extensionOnce, BASIS.extension) : null),
        async (ctx) => {
          const due = await answerDue(ctx);
          return due && ctx.on > due ? refuse(M.extensionLate(due), BASIS.extension) : null;
        },
      ],
      extends: {
        deadline: 'answer',
        extension: (ctx) => ({
          days: Number(ctx.fields.extensionDays),
          unit: 'working',
          reason: M.extension(str(ctx.fields.extensionApprover), str(ctx.fields.extensionReason)),
          approvedAt: ctx.on,
        }),
      },
    },
    {
      id: 'answer',
      label: '作出答复',
      from: ['received', 'processing'],
      to: 'answered',
      roles: WORKERS,
      fields: ['answerType', 'answerReason', 'answeredOn', 'answerSummary', 'feeAmount', 'feeNote'],
      input: answerInput,
      basis: BASIS.answer,
      guards: [
        answerReasonCheck,
        (ctx) =>
          ctx.fields.answerType !== 'disclose' && !ctx.fields.answerSummary
            ? refuse(M.summaryNeeded, ctx.fields.answerType === 'partial' ? BASIS.partial : BASIS.answer)
            : null,
        feeCheck,
        (ctx) =>
          str(ctx.fields.answeredOn ?? ctx.on) < str(ctx.record.receivedOn)
            ? refuse(M.answeredBeforeReceipt, BASIS.answer)
            : null,
      ],
      effect: (ctx) => ({ answeredOn: (ctx.fields.answeredOn as string | undefined) ?? ctx.on }),
    },
  ],
  deadlines: [
    {
      id: 'correction',
      label: '补正告知期限',
      from: { event: 'create', field: 'receivedOn' },
      ...CORRECTION_PERIOD,
      until: ['request_correction', 'accept', 'consult', 'answer'],
    },
    {
      id: 'answer',
      label: '答复期限',
      from: { event: 'create', field: 'receivedOn' },
      ...ANSWER_PERIOD,
      extendable: true,
      pausable: true,
      note: receiptNote,
      until: ['answer'],
    },
    {
      // 第三十条: 答复期限自行政机关收到补正的申请之日起计算 — the same clock, started again.
      id: 'answer',
      label: '答复期限',
      from: { event: 'supplement', field: 'supplementOn' },
      ...ANSWER_PERIOD,
      extendable: true,
      pausable: true,
      note: (row) => M.restart(str(row.supplementOn), str(row.receivedOn), str(row.correctionRequestedOn)),
      until: ['answer'],
    },
    {
      id: 'third_party',
      label: '第三方提出意见期限',
      from: { event: 'consult', field: 'consultServedOn' },
      ...THIRD_PARTY_PERIOD,
      when: (row) => row.consultParty === 'third_party',
      until: ['consult_reply'],
    },
  ],
};
