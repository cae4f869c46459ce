// Statutory numbers of the disclosure ledger (政务公开), each with the article it comes from:
// 《中华人民共和国政府信息公开条例》（2019年4月3日国务院令第711号修订，以下简称《条例》）.

const REG = '《中华人民共和国政府信息公开条例》';

/** 第三十三条第一款: 不能当场答复的，应当自收到申请之日起20个工作日内予以答复. */
export const ANSWER_PERIOD = { days: 20, unit: 'working' as const, basis: `${REG}第三十三条`, warnDays: 5 };

/** 第三十三条第一款: 延长答复期限应当经政府信息公开工作机构负责人同意并告知申请人，最长不超过20个工作日. */
export const EXTENSION_MAX_DAYS = 20;

/** 第三十条: 申请内容不明确的，自收到申请之日起7个工作日内一次性告知申请人作出补正. */
export const CORRECTION_PERIOD = { days: 7, unit: 'working' as const, basis: `${REG}第三十条`, warnDays: 2 };

/** 第三十二条: 第三方应当自收到征求意见书之日起15个工作日内提出意见. */
export const THIRD_PARTY_PERIOD = {
  days: 15,
  unit: 'working' as const,
  basis: `${REG}第三十二条`,
  warnDays: 3,
};

/** 第二十六条: 主动公开的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开. */
export const PUBLICATION_PERIOD = {
  days: 20,
  unit: 'working' as const,
  basis: `${REG}第二十六条`,
  warnDays: 5,
};

export const BASIS = {
  receipt: `${REG}第三十一条`,
  correction: `${REG}第三十条`,
  thirdParty: `${REG}第三十二条`,
  agencies: `${REG}第三十三条第二款`,
  extension: `${REG}第三十三条第一款`,
  answer: `${REG}第三十六条`,
  partial: `${REG}第三十七条`,
  fee: `${REG}第四十二条`,
  proactive: `${REG}第十九条至第二十一条`,
  publication: `${REG}第二十六条`,
  catalogue: `${REG}第二十二条`,
  flow: `${REG}第二十七条至第三十七条`,
} as const;

/**
 * When the 政府信息公开工作年度报告 is due. 《条例》第四十九条 (text checked, docs/lawbase.md): 县级以上
 * 人民政府部门 submit their report for the previous year to the 政府信息公开工作主管部门 and publish it
 * by 1月31日; the 县级以上地方人民政府's 主管部门 publishes the government's report by 3月31日. The
 * article does not name the 乡（镇）: the county's 政务公开 office sets its dates — configured here
 * (MM-DD of the year after the report's year), by default the 1月31日 of the 部门.
 */
export const REPORT_DATES = {
  submitBy: '01-31',
  publishBy: '01-31',
  basis: `${REG}第四十九条：县级以上人民政府部门应当在每年1月31日前提交上一年度政府信息公开工作年度报告并向社会公布；乡（镇）报送和公布日期由县级政府信息公开工作主管部门确定，本系统默认1月31日，可配置`,
};
