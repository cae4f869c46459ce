// The legal advisor's 聘期 (contract period): a task may be sent to an advisor only while one of its
// contracts covers the task's date (an advisor with no contract recorded is not checked: a
// county-level advisor, or one whose contract the township has not entered yet).
import type { Kdb, Tx } from '../../db/connect.ts';
import { ADVISOR_MESSAGES as M } from './labels.ts';
import { BASIS } from './rules.ts';
import './types.ts';

/** The user fields naming the advisor a task or a visit goes to. */
const ADVISOR_FIELDS: Readonly<Record<string, string>> = { task: 'advisorId', checkup: 'advisorId' };

/** null when the advisor may be named on `on`, else the refusal citing the rule. */
export async function advisorAssignable(
  k: Kdb | Tx,
  args: { type: string; field: string; userId: number; on: string },
): Promise<string | null> {
  if (ADVISOR_FIELDS[args.type] !== args.field) return null;
  const contracts = await k
    .selectFrom('legalAdvisor')
    .select(['name', 'contractFrom', 'contractTo', 'state', 'endedOn'])
    .where('userId', '=', args.userId)
    .orderBy('contractTo', 'desc')
    .execute();
  if (contracts.length === 0) return null;
  const covers = contracts.some(
    (c) =>
      c.contractFrom <= args.on &&
      args.on <= c.contractTo &&
      !(c.state === 'ended' && c.endedOn !== null && c.endedOn <= args.on),
  );
  if (covers) return null;
  const last = contracts[0];
  if (last.state === 'ended' && last.endedOn !== null && last.endedOn <= args.on)
    return M.advisorEnded(last.name, dateText(last.endedOn), BASIS.advisorSystem);
  if (last.contractTo >= args.on) return `${M.notEngaged}。依据：${BASIS.advisorSystem}`;
  return M.contractExpired(last.name, dateText(last.contractTo), BASIS.advisorSystem);
}

const dateText = (iso: string) =>
  `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
