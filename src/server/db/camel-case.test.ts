import { CamelCasePlugin, type QueryResult, type UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CamelCaseRows } from './camel-case.ts';

const mapped = async (plugin: CamelCasePlugin, rows: UnknownRow[]) =>
  (
    await plugin.transformResult({
      queryId: { queryId: 'q' },
      result: { rows } as QueryResult<UnknownRow>,
    })
  ).rows;

describe('CamelCaseRows', () => {
  it("renames rows exactly as Kysely's CamelCasePlugin does", async () => {
    const date = new Date('2026-01-02T03:04:05Z');
    const bytes = Buffer.from('ab');
    const rows = [
      {
        case_no: '城关罚〔2026〕1号',
        fz_org_name0: '城关街道',
        party_id_card: null,
        filed_on: '2026-01-02',
        created_at: date,
        file_bytes: bytes,
        step_log: [{ at_day: '2026-01-02', by_user: 3 }, 'plain', 7],
        extra_json: { nested_key: { deeper_key: 1 } },
        id: 12,
      },
      {
        case_no: 'x',
        fz_org_name0: null,
        party_id_card: '1101',
        filed_on: '2026-01-03',
        created_at: date,
        file_bytes: null,
        step_log: [],
        extra_json: null,
        id: 13,
      },
    ];
    const ours = await mapped(new CamelCaseRows(), rows);
    expect(ours).toStrictEqual(await mapped(new CamelCasePlugin(), rows));
    expect(await mapped(new CamelCaseRows(), [{ a_b: 1 }, { a_b: 2 }])).toStrictEqual([{ aB: 1 }, { aB: 2 }]);
    expect(ours[0]).toMatchObject({
      caseNo: '城关罚〔2026〕1号',
      fzOrgName0: '城关街道',
      filedOn: '2026-01-02',
    });
    expect(ours[0].createdAt).toBe(date);
    expect(ours[0].fileBytes).toBe(bytes);
    expect(ours[0].stepLog).toEqual([{ atDay: '2026-01-02', byUser: 3 }, 'plain', 7]);
    expect(ours[0].extraJson).toEqual({ nestedKey: { deeperKey: 1 } });
  });

  it('renames results of other columns after its compiled renamings have been emptied', async () => {
    const plugin = new CamelCaseRows();
    for (let i = 0; i < 2_050; i++)
      expect(await mapped(plugin, [{ [`col_${i}_name`]: i, id: i }])).toStrictEqual([
        { [`col${i}Name`]: i, id: i },
      ]);
    expect(await mapped(plugin, [{ col_0_name: 1 }])).toStrictEqual([{ col0Name: 1 }]);
    expect(await mapped(plugin, [])).toStrictEqual([]);
    const [odd] = await mapped(plugin, [JSON.parse('{"__proto__": 1, "a\\"b": 2}')]);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(odd).toStrictEqual(JSON.parse('{"_Proto": 1, "a\\"b": 2}'));
  });
});
