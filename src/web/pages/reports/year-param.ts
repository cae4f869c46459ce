// The report year of /reports and /county-reports kept in the URL (?year=2024), so a reload or a
// shared link opens the same year; last year's report by default.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useYearParam(
  defaultYear: number,
  first: number,
  last: number,
): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= first && asked <= last ? asked : defaultYear;
  const setYear = useCallback(
    (y: number) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (y === defaultYear) next.delete('year');
        else next.set('year', String(y));
        return next;
      }),
    [defaultYear, setParams],
  );
  return [year, setYear];
}
