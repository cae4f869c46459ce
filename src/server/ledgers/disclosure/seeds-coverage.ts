// Demo requests that make every row of table 三 of the 信息公开 annual report appear somewhere in
// the county: the report year's 予以公开, 部分公开 and each numbered reason of 不予公开, 无法提供,
// 不予处理 and 其他处理, shared out among the townships (row i to township i mod their number), each received
// on a working day of the report year and taken through the real steps in date order — a 补正 for
// 补正后申请内容仍不明确 and 逾期不补正, a fee for 逾期未缴纳费用. A PRNG of its own leaves the other
// demo records as they were.
import { addDays } from '../../../shared/calendar/index.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import { ANSWER_REASONS, APPLICANT_TYPES } from './labels.ts';

type Township = (typeof DEMO_TOWNSHIPS)[number];
type Step = (on: string, action: string, fields?: Record<string, unknown>) => void;
type Add = (
  type: 'disclosure_request',
  t: Township,
  values: Record<string, unknown>,
  created: string,
) => Step;

const ROWS: ReadonlyArray<{ type: string; reason?: string; label: string }> = [
  { type: 'disclose', label: '予以公开' },
  { type: 'partial', label: '部分公开' },
  ...ANSWER_REASONS.map((r) => ({ type: r.type, reason: r.value, label: r.label })),
];
const NAMES = ['赵德福', '钱秀英', '孙海涛', '李春梅', '周志平', '吴俊杰', '郑桂兰', '王世勇'];

export function planCoverage(
  ti: number,
  t: Township,
  orgId: number,
  handlerId: number | null,
  year: number,
  add: Add,
  wd: (start: string, days: number) => string,
  today: string,
): void {
  const rand = prng(0xc0fe + ti * 7919);
  ROWS.forEach((row, i) => {
    if (i % DEMO_TOWNSHIPS.length !== ti % DEMO_TOWNSHIPS.length) return;
    const month = String(3 + ((i + ti) % 8)).padStart(2, '0');
    const receivedOn = wd(`${year}-${month}-0${1 + Math.floor(rand() * 5)}`, 1);
    if (receivedOn > today) return;
    const applicant = APPLICANT_TYPES[i % APPLICANT_TYPES.length];
    const natural = applicant.value === 'natural';
    const step = add(
      'disclosure_request',
      t,
      {
        title: `${t.name}${year}年${['村级公益事业建设', '惠农补贴发放', '农村人居环境整治', '防汛抗旱物资采购'][i % 4]}相关信息`,
        orgId,
        applicantType: applicant.value,
        applicantName: natural
          ? NAMES[(i + ti) % NAMES.length]
          : `清源县${['恒达', '丰源', '明正'][i % 3]}${applicant.label}`,
        applicantPhone: `139${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
        channel: 'in_person',
        submittedOn: receivedOn,
        receivedOn,
        handlerId,
      },
      receivedOn,
    );
    let at = wd(receivedOn, 2);
    if (row.reason === 'unclear' || row.reason === 'no_supplement') {
      step(at, 'request_correction', {
        correctionItems: '申请内容不明确，请写明所需信息的名称、文号或者其他特征',
        correctionDueOn: addDays(at, 15),
      });
      if (row.reason === 'no_supplement') {
        step(addDays(at, 16), 'close_no_supplement');
        return;
      }
      at = wd(at, 4);
      step(at, 'supplement', { supplementOn: at });
    } else step(at, 'accept');
    const fee = row.reason === 'fee_unpaid';
    step(wd(at, 5 + (i % 6)), 'answer', {
      answerType: row.type,
      answerReason: row.reason ?? null,
      answerSummary: row.type === 'disclose' ? null : `经审查，${row.label}，依法作出答复并说明理由`,
      ...(fee
        ? { feeAmount: 120, feeNote: '申请数量明显超过合理范围，按规定收取信息处理费，申请人逾期未缴纳' }
        : {}),
    });
  });
}
