// A searchable user select backed by GET /api/users?q=.
import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import type { User } from '../../../shared/api/admin.ts';
import type { Page } from '../../../shared/api/common.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';

interface Props {
  value?: number;
  onChange?: (id: number | undefined) => void;
  allowClear?: boolean;
  style?: CSSProperties;
  placeholder?: string;
}

export function UserPicker({ value, onChange, allowClear, style, placeholder }: Props) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const page = await api.get<Page<User>>('/api/users', { q, page: 1, pageSize: 30 }, controller.signal);
        setOptions(
          page.items.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}，${u.orgName}）` })),
        );
        setProblem(null);
      } catch (error) {
        if (!controller.signal.aborted) setProblem(errorMessage(error));
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [q]);

  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      filterOption={false}
      onSearch={setQ}
      options={options}
      loading={loading}
      notFoundContent={problem ?? undefined}
      placeholder={placeholder ?? L.roles.userSearchPlaceholder}
      style={style}
    />
  );
}
