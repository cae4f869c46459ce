// The indicators of the wave-two ledgers (issue 17 item 9) and the class-5 remainders, stated as
// township reports state them, in sentences of our own words: each reads back as its indicator,
// and a figure of something else next to the same words is not taken.
import { describe, expect, it } from 'vitest';
import { formatIndicator, INDICATORS } from '../../shared/indicators.ts';
import { parseText } from '../structure/index.ts';
import { extractMetrics } from './extract.ts';

type Row = [sentence: string, expected: string[]];

const brief = (text: string) =>
  extractMetrics(parseText(`青川镇2025年法治政府建设年度报告\n${text}`)).map(
    (m) => `${m.id}=${m.value}${m.qualifier === 'exact' ? '' : `(${m.qualifier})`}`,
  );

const WAVE_TWO = /^(?:decisions|normative_docs|emergency|litigation|reconsideration|disclosure|advisor)\./;

describe('wave-two indicators: the draft states each and the checker reads it back', () => {
  const ids = INDICATORS.filter((i) => WAVE_TWO.test(i.id));
  it.each(ids.map((i) => [i.id, i] as const))('%s', (id, indicator) => {
    const value = indicator.kind === 'rate' ? 96 : 14;
    expect(brief(`本年度${formatIndicator(indicator, value)}。`)).toContain(`${id}=${value}`);
  });
});

describe('wave-two indicators in the wordings reports use', () => {
  const rows: Row[] = [
    // 重大行政决策: the number before its noun, the verb after it
    ['本年度共有3项重大行政决策事项列入目录。', ['decisions.total=3']],
    ['对4项重大决策草案进行合法性审查。', ['decisions.legality_reviewed=4']],
    ['2项重大行政决策草案向社会公开征求意见。', ['decisions.participation=2']],
    [
      '公开征求意见期间收到群众意见建议31条，采纳11条。',
      ['decisions.comments=31', 'decisions.comments_adopted=11'],
    ],
    ['对1项已实施的重大行政决策进行后评估。', ['decisions.post_evaluated=1']],
    ['选取2项民生决策开展后评估。', ['decisions.post_evaluated=2']],
    // 规范性文件
    ['印发3件规范性文件，均已报县政府备案。', ['normative_docs.issued=3']],
    ['2件规范性文件经合法性审核后印发。', ['normative_docs.reviewed=2']],
    ['4件行政规范性文件报县人民政府备案。', ['normative_docs.filed=4']],
    ['清理出6件规范性文件。', ['normative_docs.cleaned=6']],
    [
      '集中清理规范性文件18件，宣布失效2件，继续有效16件。',
      ['normative_docs.cleaned=18', 'normative_docs.repealed=2', 'normative_docs.in_force=16'],
    ],
    // 突发事件应对
    ['编制7个专项应急预案。', ['emergency.plans=7']],
    ['组织5次山洪避险应急演练。', ['emergency.drills=5']],
    ['及时扑灭山火1起。', ['emergency.events=1']],
    ['妥善处置3起汛期险情，未造成人员伤亡。', ['emergency.events=3']],
    // 复议应诉
    ['以乡政府为被告的2件行政诉讼案件均已审结。', ['litigation.cases=2']],
    ['行政应诉案件5件、行政复议案件1件。', ['litigation.cases=5', 'reconsideration.cases=1']],
    ['行政诉讼案件共计4件，其中胜诉3件、败诉1件。', ['litigation.cases=4']],
    ['1件行政复议案件被维持。', ['reconsideration.cases=1']],
    // 政务公开
    ['通过公开栏公开76条政府信息。', ['disclosure.published=76']],
    ['办理2件政府信息公开申请，均按期答复。', ['disclosure.requests=2']],
  ];
  it.each(rows)('%s → %j', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});

describe('class-5 remainders: counts of something else, holders, audiences', () => {
  const rows: Row[] = [
    // a supervision of the government's own work is not an administrative inspection
    ['组织开展依法行政专项督查3次。', []],
    ['开展安全生产专项督查，检查企业45家。', ['enforcement.inspections=45']],
    // officers named after their figure
    ['全乡共19人持有行政执法证。', ['enforcement.officers=19']],
    ['全乡19人均取得行政执法证件。', ['enforcement.officers=19']],
    ['今年新取得执法证2人。', []],
    // lecture audiences before their lecture
    ['为260余名村民开展法治讲座。', ['publicity.audience=260(over)']],
    ['举办法治讲座3场，现场听讲群众150余人。', ['publicity.talks=3', 'publicity.audience=150(over)']],
    // wordings seen on published reports, in our own words
    ['向县司法局报备规范性文件4件。', ['normative_docs.filed=4']],
    ['审核以乡政府名义印发的各类文件900余件。', []],
    ['在执法监督平台录入处罚案件31件。', ['enforcement.cases=31']],
    ['法律顾问参与合同审查58件次。', ['advisor.contracts_reviewed=58']],
    // a contract put on record is not a normative document filed
    ['完成合同备案12份。', []],
    // one total of review and litigation together is neither count
    ['行政复议和行政诉讼案件共6件。', []],
    ['复议、应诉案件合计3件，其中行政诉讼2件。', ['litigation.cases=2']],
  ];
  it.each(rows)('%s → %j', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});
