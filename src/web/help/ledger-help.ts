// What each state of a record type means, derived from its manifest: how a record comes into the
// state, which steps lead on from it (with their articles), whether it is final; and the clocks the
// record type keeps. The ledger pages' manual reads it, so it stays true as the manifests change.
import type { RecordTypeManifest } from '../../shared/api/ledgers.ts';

export interface StateMeaning {
  id: string;
  label: string;
  text: string;
}

const list = (items: string[]) => items.join('、');

export function stateMeanings(rt: RecordTypeManifest): StateMeaning[] {
  return rt.states.map((s) => {
    const into = rt.transitions.filter((t) => t.to === s.id).map((t) => `“${t.label}”`);
    const out = rt.transitions.filter((t) => t.from.includes(s.id) && t.to !== null && t.to !== s.id);
    const stay = rt.transitions.filter((t) => t.from.includes(s.id) && (t.to === null || t.to === s.id));
    const parts: string[] = [];
    if (s.id === rt.initial) parts.push('登记后的初始状态');
    if (into.length) parts.push(`经${list(into)}进入`);
    if (out.length)
      parts.push(
        `可办理${list(out.map((t) => `“${t.label}”（转为${rt.states.find((x) => x.id === t.to)?.label ?? t.to}）`))}`,
      );
    if (stay.length) parts.push(`可记录${list(stay.map((t) => `“${t.label}”`))}，状态不变`);
    if (s.final) parts.push('已办结，记录不能再修改，相关期限停止计算');
    if (rt.transitions.length === 0) parts.push('本类记录只登记事实，没有办理流程');
    return { id: s.id, label: s.label, text: `${parts.join('；')}。` };
  });
}

export function clockTexts(rt: RecordTypeManifest): string[] {
  return rt.deadlines.map(
    (d) =>
      `${d.label}：${d.days}个${d.unit === 'working' ? '工作日' : '自然日'}，届满前${d.warnDays}日亮黄牌（依据：${d.basis}）`,
  );
}
