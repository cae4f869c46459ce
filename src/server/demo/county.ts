// The demo county: 清源县 is fictional (code 511099 is not a real county code), as are all its
// townships, villages and people. Codes follow the structure of the national statistical division
// codes: 6-digit county, 9-digit township (001–099 街道, 100–199 镇, 200–399 乡), 12-digit
// village-level unit (001–199 社区, 200–399 村); grids append two digits.
import type { OrgKind, Role } from '../../shared/roles.ts';

/** Every demo account has this password, published in the README; is_demo = 1, no forced change. */
export const DEMO_PASSWORD = 'Fazhi@Demo2026';

export interface DemoUnit {
  code: string;
  name: string;
  kind: OrgKind;
  /** Grids under this unit. */
  grids?: string[];
}

export interface DemoTownship {
  code: string;
  name: string;
  kind: 'township' | 'street';
  /** Prefix of the township's usernames. */
  pinyin: string;
  units: DemoUnit[];
  /** Display names of: leader, clerk, officer, second officer, mediator, advisor. */
  people: [string, string, string, string, string, string];
}

export const DEMO_COUNTY = { code: '511099', name: '清源县', kind: 'county' as const };

const community = (code: string, name: string, grids?: string[]): DemoUnit => ({
  code,
  name,
  kind: 'community',
  grids,
});
const village = (code: string, name: string, grids?: string[]): DemoUnit => ({
  code,
  name,
  kind: 'village',
  grids,
});
const TWO = ['第一网格', '第二网格'];

export const DEMO_TOWNSHIPS: DemoTownship[] = [
  {
    code: '511099001',
    name: '城关街道',
    kind: 'street',
    pinyin: 'chengguan',
    units: [
      community('511099001001', '南街社区', ['第一网格', '第二网格', '第三网格']),
      community('511099001002', '北街社区', TWO),
      community('511099001003', '文庙社区'),
      community('511099001004', '河滨社区'),
      community('511099001005', '新华社区'),
      village('511099001201', '石牛村'),
    ],
    people: ['刘建华', '张丽娟', '王志强', '李国军', '赵秀英', '孙立新'],
  },
  {
    code: '511099002',
    name: '东城街道',
    kind: 'street',
    pinyin: 'dongcheng',
    units: [
      community('511099002001', '东关社区', TWO),
      community('511099002002', '锦屏社区'),
      community('511099002003', '滨江社区'),
      village('511099002201', '花园村'),
      village('511099002202', '新民村'),
    ],
    people: ['杨文涛', '黄晓燕', '吴俊杰', '周海波', '徐桂芳', '马德明'],
  },
  {
    code: '511099101',
    name: '青石镇',
    kind: 'township',
    pinyin: 'qingshi',
    units: [
      community('511099101001', '青石社区', TWO),
      village('511099101201', '石桥村', TWO),
      village('511099101202', '观音村'),
      village('511099101203', '枫树村'),
      village('511099101204', '红岩村'),
      village('511099101205', '新田村'),
    ],
    people: ['朱永红', '胡春梅', '郭鹏飞', '何家旺', '高玉兰', '林书恒'],
  },
  {
    code: '511099102',
    name: '白马镇',
    kind: 'township',
    pinyin: 'baima',
    units: [
      community('511099102001', '白马社区', TWO),
      village('511099102201', '马鞍村'),
      village('511099102202', '金鸡村'),
      village('511099102203', '三合村'),
      village('511099102204', '大坪村'),
    ],
    people: ['罗永平', '梁晓红', '宋志刚', '郑伟东', '谢桂兰', '韩明远'],
  },
  {
    code: '511099103',
    name: '龙泉镇',
    kind: 'township',
    pinyin: 'longquan',
    units: [
      community('511099103001', '龙泉社区', TWO),
      village('511099103201', '龙井村'),
      village('511099103202', '泉水村', TWO),
      village('511099103203', '杨柳村'),
      village('511099103204', '梨园村'),
      village('511099103205', '高峰村'),
      village('511099103206', '双河村'),
    ],
    people: ['唐国庆', '冯雪梅', '于海洋', '董建军', '萧玉珍', '程立诚'],
  },
  {
    code: '511099201',
    name: '柳溪乡',
    kind: 'township',
    pinyin: 'liuxi',
    units: [
      village('511099201201', '柳溪村', TWO),
      village('511099201202', '水井村'),
      village('511099201203', '黄桷村'),
      village('511099201204', '凉风村'),
    ],
    people: ['曹德胜', '袁丽华', '邓世平', '许志明', '傅秀兰', '沈嘉禾'],
  },
  {
    code: '511099202',
    name: '桃坪乡',
    kind: 'township',
    pinyin: 'taoping',
    units: [
      village('511099202201', '桃坪村', TWO),
      village('511099202202', '杏花村'),
      village('511099202203', '竹林村'),
      village('511099202204', '松林村'),
    ],
    people: ['曾繁荣', '彭小琴', '吕振华', '苏永福', '卢桂香', '蒋文博'],
  },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  /** Code of the organisation the account belongs to (and its role applies to). */
  orgCode: string;
  role: Role;
}

/** The county's accounts: the three separated administrators and the 依法治县办 supervisor. */
export const DEMO_COUNTY_ACCOUNTS: DemoAccount[] = [
  { username: 'sysadmin', displayName: '何志远', orgCode: DEMO_COUNTY.code, role: 'sysadmin' },
  { username: 'secadmin', displayName: '唐丽萍', orgCode: DEMO_COUNTY.code, role: 'secadmin' },
  { username: 'auditor', displayName: '罗文斌', orgCode: DEMO_COUNTY.code, role: 'auditor' },
  { username: 'supervisor', displayName: '陈明华', orgCode: DEMO_COUNTY.code, role: 'supervisor' },
];

const TOWNSHIP_ROLES: Array<[suffix: string, role: Role]> = [
  ['leader', 'leader'],
  ['clerk', 'clerk'],
  ['officer', 'officer'],
  ['officer2', 'officer'],
  ['mediator', 'mediator'],
  ['advisor', 'advisor'],
];

/** Every demo account, in creation order. */
export function demoAccounts(): DemoAccount[] {
  const out = [...DEMO_COUNTY_ACCOUNTS];
  for (const t of DEMO_TOWNSHIPS) {
    TOWNSHIP_ROLES.forEach(([suffix, role], i) => {
      out.push({ username: `${t.pinyin}.${suffix}`, displayName: t.people[i], orgCode: t.code, role });
    });
  }
  return out;
}
