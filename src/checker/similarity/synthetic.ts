// Deterministic synthetic report text and the edits a copier makes, for the tests and for the
// benchmark when the shared corpus is absent. Generated prose is random words, so two generated
// reports share no long run unless one copies the other.

import { seededRandom } from '../../shared/random.ts';

export { seededRandom };
export type Rand = () => number;

export function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

// Common characters, paired at random into a vocabulary large enough that an 8-character run
// (four words) practically never recurs by chance.
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经之进着等部度家电力里如水化高自理起小物现实加量都体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指区强放决被干做必战先回则任取据处队给色光门即保治造百规热领海口导器压志世金增争济阶油思术极交受联认共权收证改清己美再采转更单风切打白教速花带安场身车例真务具每目至达走积示议声报斗完类离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂识适属圆包火住调满县局照参细引听该铁价严龙飞';
const VOCAB: string[] = (() => {
  const rand = seededRandom(20240101);
  const chars = [...CHARS];
  return Array.from({ length: 3000 }, () => pick(rand, chars) + pick(rand, chars));
})();
const NUMBER_UNITS = ['件', '次', '场', '人次', '份', '户', '起', '个'];

function num(rand: Rand): string {
  return String(1 + Math.floor(rand() * 400));
}

function clause(rand: Rand, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += pick(rand, VOCAB);
  return out;
}

export function sentence(rand: Rand): string {
  const parts = [clause(rand, 3 + Math.floor(rand() * 4))];
  if (rand() < 0.5) parts[0] += `${num(rand)}${pick(rand, NUMBER_UNITS)}`;
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) parts.push(clause(rand, 2 + Math.floor(rand() * 5)));
  return `${parts.join('，')}。`;
}

export function paragraph(rand: Rand, sentences = 3 + Math.floor(rand() * 4)): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join('');
}

const NAME_CHARS = [
  ...'安宝北长大东丰福高合河和红华黄金康兰乐龙茂南平青清庆瑞三山胜石双太桃天文西溪新兴阳永玉云中',
];

export function townName(rand: Rand): string {
  return `${pick(rand, NAME_CHARS)}${pick(rand, NAME_CHARS)}${rand() < 0.8 ? '镇' : '乡'}`;
}

/** A report as paragraphs: title, headings and prose naming the town. */
export function reportParagraphs(rand: Rand, town: string, body = 12): string[] {
  const out = [`${town}人民政府2024年法治政府建设情况报告`, '县人民政府：'];
  const headings = [
    '一、主要举措和成效',
    '二、存在的不足和原因',
    '三、党政主要负责人履行第一责任人职责情况',
    '四、2025年工作安排',
  ];
  for (let i = 0; i < body; i++) {
    if (i % Math.ceil(body / headings.length) === 0)
      out.push(headings[Math.floor(i / Math.ceil(body / headings.length))]);
    out.push(`${rand() < 0.5 ? town : '我镇'}${paragraph(rand)}`);
  }
  out.push(`${town}人民政府`, '2025年1月10日');
  return out;
}

/** The sentences of a paragraph, each keeping its closing punctuation. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。；！？]+[。；！？]?/g) ?? [];
}

export function shuffleSentences(rand: Rand, text: string): string {
  const s = sentencesOf(text);
  for (let i = s.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [s[i], s[j]] = [s[j], s[i]];
  }
  return s.join('');
}

/** Replaces each number by another one, as a copier updating figures would. */
export function changeNumbers(rand: Rand, text: string): string {
  return text.replace(/\d+/g, () => num(rand));
}

export function swapOrg(text: string, from: string, to: string): string {
  return from ? text.split(from).join(to) : text;
}

export interface CopyEdits {
  /** Probability of shuffling the sentences of each paragraph. */
  shuffle: number;
  /** Paragraphs deleted from and inserted into the copy. */
  deletions: number;
  insertions: number;
}

/** A copy of `source` as another town would submit it. */
export function copyReport(
  rand: Rand,
  source: readonly string[],
  fromTown: string,
  toTown: string,
  edits: CopyEdits,
  filler: () => string,
): string[] {
  let out = source.map((p) => {
    let t = swapOrg(p, fromTown, toTown);
    t = changeNumbers(rand, t);
    return rand() < edits.shuffle ? shuffleSentences(rand, t) : t;
  });
  for (let i = 0; i < edits.deletions && out.length > 3; i++) {
    out = out.toSpliced(1 + Math.floor(rand() * (out.length - 2)), 1);
  }
  for (let i = 0; i < edits.insertions; i++) {
    out = out.toSpliced(1 + Math.floor(rand() * (out.length - 1)), 0, filler());
  }
  return out;
}
