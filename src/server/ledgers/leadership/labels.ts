// Chinese labels and options of the leadership ledger (党政主要负责人履行推进法治建设第一责任人职责).
import type { FieldOption } from '../contract.ts';

/**
 * Meetings at which the party committee or the government took up rule-of-law work:
 * 《党政主要负责人履行推进法治建设第一责任人职责规定》第五条（党委主要负责人“定期听取有关工作汇报，
 * 及时研究解决有关重大问题”）、第六条（政府主要负责人“及时研究解决法治政府建设有关重大问题”）.
 */
export const MEETING_KINDS: readonly FieldOption[] = [
  { value: 'party_committee', label: '党委会议' },
  { value: 'executive', label: '政府常务会议' },
  { value: 'joint', label: '党政联席会议' },
  { value: 'special', label: '专题会议' },
];

/** How the meeting took up rule-of-law work. */
export const MEETING_SUBJECTS: readonly FieldOption[] = [
  { value: 'studied', label: '专题研究法治建设' },
  { value: 'briefing', label: '听取法治政府建设工作汇报' },
];

/**
 * Where a principal leader reported on performing the duty (述法): 《党政主要负责人履行推进法治建设
 * 第一责任人职责规定》第十条（“将履行推进法治建设第一责任人职责情况列入年终述职内容”）and the county's
 * 述法 arrangements.
 */
export const SHUFA_VENUES: readonly FieldOption[] = [
  { value: 'county_committee', label: '县委全面依法治县委员会会议' },
  { value: 'party_committee', label: '党委会' },
  { value: 'year_end', label: '年终述职大会' },
  { value: 'congress', label: '人民代表大会会议' },
  { value: 'other', label: '其他' },
];

export const STATES = [{ id: 'recorded', label: '已登记' }] as const;
