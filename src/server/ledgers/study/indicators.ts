// Indicators the study ledger computes (src/shared/indicators.ts), each openable to its records:
// 学法活动 (中心组学法, 会前学法, 集中学法, 旁听庭审), 法治专题讲座, 法治培训 and their trainees, and the
// year's exams (参考人数, 合格人数, 合格率).

import { sql } from 'kysely';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { IndicatorDef, IndicatorSetDef } from '../contract.ts';
import { indicatorRow } from '../indicator-row.ts';
import { STUDY_KINDS } from './labels.ts';

function sessions(k: Kdb | Tx, paths: readonly string[], year: number, kinds: readonly string[]) {
  return k
    .selectFrom('studySession')
    .where((eb) => inOrgSubtree(eb, 'studySession.orgId', paths))
    .where('studySession.heldOn', '>=', `${year}-01-01`)
    .where('studySession.heldOn', '<=', `${year}-12-31`)
    .where('studySession.kind', 'in', [...kinds]);
}

function exams(k: Kdb | Tx, paths: readonly string[], year: number) {
  return k
    .selectFrom('studyExam')
    .where((eb) => inOrgSubtree(eb, 'studyExam.orgId', paths))
    .where('studyExam.heldOn', '>=', `${year}-01-01`)
    .where('studyExam.heldOn', '<=', `${year}-12-31`);
}

async function sessionCount(k: Kdb | Tx, paths: readonly string[], year: number, kinds: readonly string[]) {
  const r = await sessions(k, paths, year, kinds)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function sessionIds(k: Kdb | Tx, paths: readonly string[], year: number, kinds: readonly string[]) {
  const rows = await sessions(k, paths, year, kinds)
    .select('studySession.id')
    .orderBy('studySession.heldOn')
    .orderBy('studySession.id')
    .execute();
  return { type: 'session', ids: rows.map((r) => r.id) };
}

async function examSums(k: Kdb | Tx, paths: readonly string[], year: number) {
  const r = await indicatorRow(k, 'study.exams', paths, year, (year) =>
    exams(k, paths, year).select((eb) => [
      eb.fn.sum<number>('studyExam.takers').as('takers'),
      eb.fn.sum<number>('studyExam.passed').as('passed'),
    ]),
  );
  return { takers: Number(r.takers ?? 0), passed: Number(r.passed ?? 0) };
}

async function examIds(k: Kdb | Tx, paths: readonly string[], year: number) {
  const rows = await exams(k, paths, year)
    .select('studyExam.id')
    .orderBy('studyExam.heldOn')
    .orderBy('studyExam.id')
    .execute();
  return { type: 'exam', ids: rows.map((r) => r.id) };
}

export const STUDY_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'study.sessions',
    compute: (k, paths, year) => sessionCount(k, paths, year, STUDY_KINDS),
    drill: (k, paths, year) => sessionIds(k, paths, year, STUDY_KINDS),
  },
  {
    id: 'study.lectures',
    compute: (k, paths, year) => sessionCount(k, paths, year, ['lecture']),
    drill: (k, paths, year) => sessionIds(k, paths, year, ['lecture']),
  },
  {
    id: 'study.trainings',
    compute: (k, paths, year) => sessionCount(k, paths, year, ['training']),
    drill: (k, paths, year) => sessionIds(k, paths, year, ['training']),
  },
  {
    // 参训人数 (人次): the attendees of the year's trainings added up.
    id: 'study.trainees',
    compute: async (k, paths, year) => {
      const r = await indicatorRow(k, 'study.trainees', paths, year, (year) =>
        sessions(k, paths, year, ['training']).select((eb) =>
          eb.fn.sum<number>('studySession.attendees').as('n'),
        ),
      );
      return Number(r.n ?? 0);
    },
    drill: (k, paths, year) => sessionIds(k, paths, year, ['training']),
  },
  {
    id: 'study.exam_takers',
    compute: async (k, paths, year) => (await examSums(k, paths, year)).takers,
    drill: examIds,
  },
  {
    id: 'study.exam_passed',
    compute: async (k, paths, year) => (await examSums(k, paths, year)).passed,
    drill: examIds,
  },
  {
    // 合格率 = 合格人数 ÷ 参考人数 × 100, one decimal; 0 when nobody sat an exam.
    id: 'study.exam_pass_rate',
    compute: async (k, paths, year) => {
      const { takers, passed } = await examSums(k, paths, year);
      return takers === 0 ? 0 : Math.round((1000 * passed) / takers) / 10;
    },
    drill: examIds,
  },
];

/** The seven in two queries: the year's sessions of every kind counted by kind, and the exams summed. */
export const STUDY_INDICATOR_SETS: readonly IndicatorSetDef[] = [
  {
    ids: ['study.sessions', 'study.lectures', 'study.trainings', 'study.trainees'],
    compute: async (k, paths, year) => {
      const kinds = [...STUDY_KINDS, 'lecture', 'training'];
      const r = await indicatorRow(k, 'study.0', paths, year, (year) =>
        sessions(k, paths, year, kinds).select((eb) => {
          const ofKind = (ks: readonly string[]) =>
            eb.fn.count(
              eb
                .case()
                .when('studySession.kind', 'in', [...ks])
                .then(sql.lit(1))
                .end(),
            );
          return [
            ofKind(STUDY_KINDS).as('sessions'),
            ofKind(['lecture']).as('lectures'),
            ofKind(['training']).as('trainings'),
            eb.fn
              .sum<number>(
                eb
                  .case()
                  .when('studySession.kind', '=', 'training')
                  .then(eb.ref('studySession.attendees'))
                  .end(),
              )
              .as('trainees'),
          ];
        }),
      );
      return {
        'study.sessions': Number(r.sessions),
        'study.lectures': Number(r.lectures),
        'study.trainings': Number(r.trainings),
        'study.trainees': Number(r.trainees ?? 0),
      };
    },
  },
  {
    ids: ['study.exam_takers', 'study.exam_passed', 'study.exam_pass_rate'],
    compute: async (k, paths, year) => {
      const { takers, passed } = await examSums(k, paths, year);
      return {
        'study.exam_takers': takers,
        'study.exam_passed': passed,
        'study.exam_pass_rate': takers === 0 ? 0 : Math.round((1000 * passed) / takers) / 10,
      };
    },
  },
];
