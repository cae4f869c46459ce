// The pages open to a user without business cards (the administrators), as a list: a chunk of its
// own, so the clerks' home page does not load antd's List (and its pagination and select).
import { List } from 'antd';
import type { PageEntry } from '../../shell/page-entry.ts';
import { PageLink } from './page-link.tsx';

export default function PageList({ pages }: { pages: readonly PageEntry[] }) {
  return (
    <List
      dataSource={pages as PageEntry[]}
      renderItem={(p) => (
        <List.Item>
          <PageLink page={p} />
        </List.Item>
      )}
    />
  );
}
