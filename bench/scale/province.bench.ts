// `npm run bench -- province`: bench/scale/province.ts with its defaults (20 and 100 townships,
// 5 years), on the PostgreSQL server of FAZHI_BENCH_PG. Not part of a plain `npm run bench`.
import { defineBench } from '../harness.ts';
import { defaultProvinceOptions, runProvince } from './province.ts';

export default defineBench({
  name: 'province',
  title: 'Province scale at 1/10: 20 and 100 generated townships × 5 years on PostgreSQL',
  async run() {
    const o = defaultProvinceOptions();
    if (!o)
      return {
        rows: [],
        notes: ['PostgreSQL skipped: set FAZHI_BENCH_PG to a server URL (this bench is PostgreSQL only)'],
      };
    return runProvince(o);
  },
});
