// The demo county's enterprises and their inspections, as a real township could have them: each
// township has its own firms (a name once, one 统一社会信用代码 per name, the same in inspections
// and cases), most firms are inspected once or twice a year or not at all, and only an odd firm
// goes over the yearly cap (涉企行政检查 频次上限, 国办发〔2024〕54号) — the warning the board is
// there to raise, not the rule. Deterministic (seeded PRNG), independent of the other demo draws.
import { addDays } from '../../../shared/calendar/dates.ts';
import { orgShortName } from '../../../shared/doc-number.ts';
import { seededRandom } from '../../../shared/random.ts';
import { DEMO_COUNTY } from '../../demo/county.ts';
import { creditCheckChar } from './inputs.ts';

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const WORDS = [
  '鑫源',
  '宏达',
  '佳禾',
  '福满',
  '顺意',
  '绿源',
  '兴旺',
  '金穗',
  '丰泽',
  '瑞康',
  '利民',
  '山水',
  '和美',
  '聚福',
  '长青',
  '恒信',
  '德润',
  '永安',
];
const KINDS = [
  ['商贸有限公司', 'company'],
  ['建材经营部', 'individual'],
  ['农家乐', 'individual'],
  ['砂石有限公司', 'company'],
  ['种养殖专业合作社', 'company'],
  ['超市', 'individual'],
  ['木材加工厂', 'company'],
  ['餐馆', 'individual'],
  ['再生资源回收站', 'individual'],
  ['建筑工程有限公司', 'company'],
] as const;

export interface DemoFirm {
  name: string;
  code: string;
  kind: 'company' | 'individual';
}

export interface DemoInspection {
  firm: DemoFirm;
  on: string;
  kind: 'routine' | 'random' | 'special' | 'complaint';
  result: 'ok' | 'rectify' | 'case';
  /** Days from the inspection to its conclusion. */
  concludeAfter: number;
}

/** A well-formed (fictional) 统一社会信用代码 of the demo county with its check character. */
function creditCode(rand: Rand, kind: DemoFirm['kind']): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let org = '';
  for (let i = 0; i < 9; i++) org += chars[Math.floor(rand() * chars.length)];
  const body = `${kind === 'company' ? '91' : '92'}${DEMO_COUNTY.code}${org}`;
  return body + creditCheckChar(body);
}

/** The township's firms: 36–56 distinct names (字号 + 行业) under the township's name, one code each. */
export function demoFirms(townshipName: string, ti: number): DemoFirm[] {
  const rand = seededRandom(0xf1a5 + ti * 7919);
  const place = orgShortName(townshipName);
  const names = WORDS.flatMap((w) => KINDS.map(([suffix, kind]) => ({ w, suffix, kind })));
  // a seeded shuffle, then the first n
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const seen = new Set<string>();
  return names.slice(0, 36 + ((ti * 5) % 21)).map(({ w, suffix, kind }) => {
    let code = creditCode(rand, kind);
    while (seen.has(code)) code = creditCode(rand, kind);
    seen.add(code);
    return { name: `${DEMO_COUNTY.name}${place}${w}${suffix}`, code, kind };
  });
}

/**
 * The year's inspections of the township's firms: 0, 1 or 2 each (about 35/45/20 %), on working
 * days spread over the year, and in about half the townships one firm a third time. Dates after
 * `until` are left out (the caller writes only the past).
 */
export function demoInspections(
  firms: DemoFirm[],
  ti: number,
  year: number,
  until: string,
): DemoInspection[] {
  const rand = seededRandom(0x1a5c + ti * 104723 + year);
  const out: DemoInspection[] = [];
  const dayOf = () => addDays(`${year}-01-06`, Math.floor(rand() * 350));
  const visit = (firm: DemoFirm, on: string, kind: DemoInspection['kind']) => {
    const r = rand();
    const result = r < 0.74 ? 'ok' : r < 0.9 ? 'rectify' : 'case';
    out.push({ firm, on, kind, result, concludeAfter: 3 + Math.floor(rand() * 20) });
  };
  for (const firm of firms) {
    const u = rand();
    const n = u < 0.35 ? 0 : u < 0.8 ? 1 : 2;
    for (let i = 0; i < n; i++)
      visit(firm, dayOf(), pick(rand, ['routine', 'random', 'random', 'special'] as const));
  }
  if (ti % 2 === 0) {
    const often = firms.find((f) => out.filter((x) => x.firm === f).length === 2);
    if (often) visit(often, dayOf(), 'routine');
  }
  // a complaint now and then, outside the plan, about a firm not visited yet this year
  const unvisited = firms.filter((f) => !out.some((x) => x.firm === f));
  for (let i = 0; i < 3 && unvisited.length > 0; i++)
    visit(unvisited.splice(Math.floor(rand() * unvisited.length), 1)[0], dayOf(), 'complaint');
  return out
    .map((x) => (weekday(x.on) ? x : { ...x, on: nextWeekday(x.on) }))
    .filter((x) => x.on <= until)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

function weekday(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
}
function nextWeekday(day: string): string {
  let d = day;
  while (!weekday(d)) d = addDays(d, 1);
  return d;
}
