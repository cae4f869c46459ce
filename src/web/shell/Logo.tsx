// The workbench emblem: a balance (天平) in gold on the red of government seals, drawn inline.
import { BRAND_GOLD, BRAND_RED } from '../theme.ts';

export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill={BRAND_RED} />
      <g fill="none" stroke={BRAND_GOLD} strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M32 13v36M20 49h24M17 22h30" />
        <path d="M17 22l-7 14h14zM47 22l-7 14h14z" />
      </g>
      <circle cx="32" cy="12" r="3" fill={BRAND_GOLD} />
    </svg>
  );
}
