import { describe, expect, it } from 'vitest';
import {
  findIndicator,
  formatIndicator,
  getIndicator,
  INDICATORS,
  indicatorsOfArea,
  indicatorsOfLedger,
  OUTLINE_AREAS,
} from './indicators.ts';

// The indicators SPEC section 4 requires at least.
const REQUIRED = [
  'study.sessions',
  'study.lectures',
  'study.trainings',
  'study.trainees',
  'study.exam_takers',
  'study.exam_pass_rate',
  'publicity.events',
  'publicity.talks',
  'publicity.materials',
  'publicity.audience',
  'publicity.banners',
  'publicity.online_posts',
  'publicity.consultations',
  'publicity.legal_liaisons',
  'advisor.count',
  'advisor.contracts_reviewed',
  'advisor.decisions',
  'enforcement.officers',
  'enforcement.recorders',
  'enforcement.cases',
  'enforcement.fines',
  'enforcement.inspections',
  'disputes.total',
  'disputes.resolved',
  'disputes.success_rate',
  'petitions.total',
  'hotline.total',
  'disclosure.published',
  'disclosure.requests',
  'litigation.cases',
  'litigation.appearance_rate',
  'reconsideration.cases',
  'leadership.meetings',
  'normative_docs.reviewed',
  'normative_docs.filed',
];

describe('indicator catalogue', () => {
  it('holds every indicator of SPEC section 4', () => {
    for (const id of REQUIRED) expect(findIndicator(id), id).toBeDefined();
  });

  it('has unique ids and a Chinese label for each', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of INDICATORS) expect(i.label).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('states each figure in its canonical unit, with rates in percent', () => {
    for (const i of INDICATORS) {
      const canonical = i.unit === '万元' ? '元' : i.unit;
      expect(i.units, i.id).toContain(canonical);
      expect(i.kind === 'rate', i.id).toBe(i.unit === '%');
      expect(i.template, i.id).toContain('{n}');
      expect(i.phrases.length, i.id).toBeGreaterThan(0);
    }
  });

  it('places every indicator in a known 纲要 area', () => {
    const areas = new Set(OUTLINE_AREAS.map((a) => a.id));
    for (const i of INDICATORS) expect(areas.has(i.area), i.id).toBe(true);
    expect(OUTLINE_AREAS.flatMap((a) => indicatorsOfArea(a.id))).toHaveLength(INDICATORS.length);
  });

  it('looks indicators up by id, ledger and area', () => {
    expect(getIndicator('disputes.total').unit).toBe('件');
    expect(findIndicator('no.such')).toBeUndefined();
    expect(() => getIndicator('no.such')).toThrow();
    expect(indicatorsOfLedger('review_litigation').map((i) => i.id)).toEqual([
      'litigation.cases',
      'litigation.appearance_rate',
      'litigation.loss_rate',
      'reconsideration.cases',
    ]);
    expect(formatIndicator(getIndicator('publicity.materials'), 8000)).toBe('发放宣传资料8000份');
  });
});
