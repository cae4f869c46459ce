// The header's search box: opens the results page (/search?q=…) of every ledger the user reads.
// Loaded after the first screen, as the bell is; not shown to administrators (no business data).
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { L } from '../labels.ts';
import { useSelectedOrg } from './org-context.tsx';

const T = L.search;

export function SearchBox({ narrow }: { narrow: boolean }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { withOrg } = useSelectedOrg();
  const [value, setValue] = useState(params.get('q') ?? '');
  const go = (q: string) => {
    const text = q.trim();
    if (!text) return;
    const path = withOrg('/search');
    navigate(`${path}${path.includes('?') ? '&' : '?'}q=${encodeURIComponent(text)}`);
  };
  // on a phone the header has no room for a box: a button opens the results page and its box
  if (narrow)
    return (
      <Button
        type="text"
        data-testid="header-search-button"
        aria-label={T.box}
        icon={<SearchOutlined />}
        onClick={() => navigate(withOrg('/search'))}
      />
    );
  return (
    <Input.Search
      data-testid="header-search"
      aria-label={T.box}
      placeholder={T.placeholder}
      allowClear
      maxLength={100}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onSearch={go}
      style={{ width: 240, verticalAlign: 'middle' }}
    />
  );
}
