// Statutory numbers of the disputes ledger, as configurable data with their sources.

/**
 * 《人民调解工作若干规定》（司法部令第75号）第三十三条：“人民调解委员会调解纠纷，一般在一个月内
 * 调结。” One month is counted as 30 calendar days (民法典 第200条: 按照年、月、日、小时计算期间);
 * a deployment whose province sets another period changes it here.
 */
export const MEDIATION_PERIOD = {
  days: 30,
  unit: 'calendar' as const,
  basis: '《人民调解工作若干规定》第三十三条',
  warnDays: 5,
};

export const BASIS = {
  assignMediator: '《中华人民共和国人民调解法》第十九条',
  agreement: '《中华人民共和国人民调解法》第二十八条、第二十九条',
  referral: '《中华人民共和国人民调解法》第二十六条',
  termination: '《中华人民共和国人民调解法》第十七条、第二十三条、第二十六条',
  risk: '《中华人民共和国人民调解法》第二十五条',
  followUp: '《中华人民共和国人民调解法》第三十一条',
  flow: '《中华人民共和国人民调解法》第二十一条至第三十一条',
} as const;
