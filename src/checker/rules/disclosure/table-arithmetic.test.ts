// disclosure/table-arithmetic on text: a whole table 三 typed one row per line (tab- or
// space-separated, as a text or a web page gives it) adds up and is left alone; planted errors in a
// row, in a column's 办理结果 and in the 勾稽关系 are each found at their row; reports that are not
// 信息公开 annual reports are not read at all.
import { expect, it } from 'vitest';
import { check } from '../test-util.ts';
import rule from './table-arithmetic.ts';

const LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  ...['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益'],
  ...['属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'],
  '（四）无法提供',
  ...['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'],
  '（五）不予处理',
  ...['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请'],
  '要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
  '（七）总计',
  '四、结转下年度继续办理',
];
const zero = [0, 0, 0, 0, 0, 0, 0];
/** 新收 9 (自然人 6, 商业企业 3), 结转 1; 予以公开 5, 部分公开 2, 不掌握 1; 结转下年度 2. */
const VALUES: Record<string, number[]> = {
  '一、本年新收政府信息公开申请数量': [6, 3, 0, 0, 0, 0, 9],
  '二、上年结转政府信息公开申请数量': [1, 0, 0, 0, 0, 0, 1],
  '（一）予以公开': [3, 2, 0, 0, 0, 0, 5],
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': [2, 0, 0, 0, 0, 0, 2],
  本机关不掌握相关政府信息: [0, 1, 0, 0, 0, 0, 1],
  '（七）总计': [5, 3, 0, 0, 0, 0, 8],
  '四、结转下年度继续办理': [2, 0, 0, 0, 0, 0, 2],
};
const GROUPS = new Set([
  '三、本年度办理结果',
  '（三）不予公开',
  '（四）无法提供',
  '（五）不予处理',
  '（六）其他处理',
]);

function report(change: (v: Record<string, number[]>) => void = () => {}, sep = '\t'): string {
  const values = structuredClone(VALUES);
  change(values);
  const rows = LABELS.map((l) => (GROUPS.has(l) ? l : [l, ...(values[l] ?? zero)].join(sep)));
  return [
    '某镇人民政府2025年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
    ...rows,
    '四、政府信息公开行政复议、行政诉讼情况',
    '1 1 0 1 3 1 0 1 1 3 0 1 0 0 1',
    '五、存在的主要问题及改进情况',
  ].join('\n');
}

it('leaves a table that adds up alone, tab- or space-separated', () => {
  expect(check(rule, report())).toEqual([]);
  expect(check(rule, report(undefined, ' '))).toEqual([]);
});

it('finds a row, a column and the 勾稽关系 that do not add up, each at its row', () => {
  const found = check(
    rule,
    report((v) => {
      v['（一）予以公开'][0] = 4; // row 予以公开 and column 自然人
      v['四、结转下年度继续办理'] = [2, 0, 0, 0, 0, 0, 3]; // row 结转 and 总计's 勾稽关系
    }),
  );
  expect(found.map((f) => f.messageId).sort()).toEqual(['balance', 'resultSum', 'rowSum', 'rowSum']);
  expect(found.find((f) => f.messageId === 'resultSum')?.params).toMatchObject({
    column: '自然人',
    sum: 6,
    total: 5,
  });
  expect(found.find((f) => f.messageId === 'balance')?.params).toMatchObject({
    column: '总计',
    left: 10,
    right: 11,
  });
  expect(found.find((f) => f.messageId === 'rowSum')?.at?.line).toBe(7);
});

it('finds a part of table 四 that does not add up', () => {
  const found = check(rule, report().replace('1 1 0 1 3 1 0 1 1 3', '1 1 0 1 3 1 0 1 1 4'));
  expect(found).toHaveLength(1);
  expect(found[0].params).toMatchObject({ part: '行政诉讼（未经复议直接起诉）', sum: 3, total: 4 });
});

it('reads only 信息公开 annual reports', () => {
  expect(
    check(rule, report((v) => (v['（一）予以公开'][0] = 4)).replace('政府信息公开工作', '法治政府建设')),
  ).toEqual([]);
});
