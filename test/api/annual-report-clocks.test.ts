// The annual report's two clocks are dates a rule fixes, on each dialect: adding a calendar year
// recomputes the ledgers' periods but leaves 报送 2026-03-01 (a Sunday) and 公开 2026-03-31 as they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCalendar } from '../../src/server/core/calendar.ts';
import { recomputeDeadlines } from '../../src/server/core/workflow/deadlines.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const YEAR = 2025;

for (const dialect of dialects()) {
  describe(`annual report clocks [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
    });
    afterAll(() => t.close());

    it('keeps the fixed due dates when the clocks are recomputed with the calendar', async () => {
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      const town = orgs.find((o) => o.code === '511099101')!.id;
      expect((await clerk.post(`/api/annual-reports/${town}/${YEAR}`)).status).toBe(201);
      const clocks = () =>
        t.app.db.k
          .selectFrom('deadline')
          .select(['deadlineId', 'due', 'fixedDue'])
          .where('ledger', '=', 'annual_report')
          .orderBy('deadlineId')
          .execute();
      const before = await clocks();
      expect(before).toEqual([
        { deadlineId: 'publish', due: `${YEAR + 1}-03-31`, fixedDue: 1 },
        { deadlineId: 'submit', due: `${YEAR + 1}-03-01`, fixedDue: 1 },
      ]);
      const today = t.app.clock.today();
      await t.app.db.k
        .transaction()
        .execute(async (tx) => recomputeDeadlines(tx, await loadCalendar({ k: tx }, today), today));
      expect(await clocks()).toEqual(before);
    });
  });
}
