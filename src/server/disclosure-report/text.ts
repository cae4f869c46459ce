// The words of the 政府信息公开工作年度报告 around its tables: title, 一、总体情况, 五、存在的主要问题及
// 改进情况, 六、其他需要报告的事项 — each sentence built from the year's figures.
import { HEADINGS } from '../ledgers/disclosure/labels.ts';
import type { DisclosureTables } from './tables.ts';

export interface ReportText {
  title: string;
  opening: string;
  overall: string[];
  problems: string[];
  other: string[];
}

const headingLabel = (v: string) => HEADINGS.find((h) => h.value === v)?.label ?? v;

export function reportText(issuer: string, t: DisclosureTables): ReportText {
  const { facts: f, requests: r, year } = t;
  const top = f.headings.slice(0, 4).map((h) => `${headingLabel(h.heading)}类${h.n}条`);
  const onTime =
    f.publishedLate === 0
      ? '均在信息形成之日起20个工作日内公开'
      : `有${f.publishedLate}条超过信息形成之日起20个工作日才公开`;
  const answeredLate =
    f.answeredLate === 0 ? '均在法定期限内答复' : `其中${f.answeredLate}件超过法定期限答复`;
  return {
    title: `${issuer}${year}年政府信息公开工作年度报告`,
    opening: `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，所列数据统计期限为${year}年1月1日至${year}年12月31日，数据均来自本机关政务公开台账。`,
    overall: [
      `（一）主动公开。本年度主动公开政府信息${f.published}条${top.length ? `，其中${top.join('、')}` : ''}，${onTime}。`,
      `（二）依申请公开。本年度新收政府信息公开申请${r.new.total}件，上年结转${r.carried.total}件，办结${r.total.total}件，结转下年度继续办理${r.next.total}件；办结的申请${answeredLate}。`,
      `（三）政府信息管理。主动公开的政府信息均编制索引号，并标注发布机构、主题分类、体裁分类、发文字号、成文日期、发布日期和有效性；本年度变更为失效或者废止的信息${f.validityChanged}条，已在目录中标注。`,
    ],
    problems: [
      f.publishedLate + f.answeredLate === 0
        ? '本年度未发现超期公开或者逾期答复的情形，但主动公开的内容仍以公示公告为主，政策解读和回应关切不够。'
        : `本年度有${f.publishedLate}条信息超期公开、${f.answeredLate}件申请逾期答复，时限管理仍有薄弱环节。`,
      '下一步，将依托政务公开台账的期限预警逐件跟踪办理时限，按照《条例》第二十一条完善乡（镇）政府信息公开目录，加强对涉农政策、社会救助等重点领域信息的解读。',
    ],
    other: [
      f.fees.count === 0
        ? '本年度未收取信息处理费。'
        : `本年度依据《条例》第四十二条和《政府信息公开信息处理费管理办法》对${f.fees.count}件申请收取信息处理费共${f.fees.amount}元。`,
      '本年度无其他需要报告的事项。',
    ],
  };
}
