// Next year's holiday arrangement missing: from 1 November, and whenever open clocks are computed
// provisionally, the sysadmin's home page and every board say so (GET /api/calendar/status).
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import type { CalendarStatus } from '../../shared/api/calendar.ts';
import { api } from '../data/client.ts';
import { L } from '../labels.ts';
import { useCurrentUser } from './current-user.ts';

export function CalendarNotice({ style }: { style?: React.CSSProperties }) {
  const me = useCurrentUser();
  const status = useQuery({
    queryKey: ['calendar-status'],
    queryFn: () => api.get<CalendarStatus>('/api/calendar/status'),
    staleTime: 5 * 60_000,
  });
  const s = status.data;
  if (!s?.message) return null;
  const manage = me.capabilities.includes('calendar.manage');
  return (
    <Alert
      type="warning"
      showIcon
      style={style}
      data-testid="calendar-notice"
      message={L.calendar.noticeTitle(s.nextYearMissing ? s.nextYear : (s.provisionalYears[0] ?? s.nextYear))}
      description={s.message}
      action={manage ? <Link to="/calendar">{L.calendar.noticeAction}</Link> : undefined}
    />
  );
}
