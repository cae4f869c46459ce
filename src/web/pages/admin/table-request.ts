// Adapts a paged API list ({ items, total }) to what ProTable's `request` expects.

import type { Page } from '../../../shared/api/common.ts';
import { api, type Query } from '../../data/client.ts';

export async function pagedRequest<T>(
  path: string,
  params: { current?: number; pageSize?: number },
  query: Query,
): Promise<{ data: T[]; total: number; success: boolean }> {
  const result = await api.get<Page<T>>(path, {
    ...query,
    page: params.current ?? 1,
    pageSize: params.pageSize ?? 20,
  });
  return { data: result.items, total: result.total, success: true };
}

export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
