// Decorative line icons for StorageDiagram. The text next to each icon carries the meaning,
// so every icon is aria-hidden and drawn in currentColor.
import type { ReactNode } from 'react';
import type { StorageKind } from './StorageDiagram.data';

type IconKind = StorageKind | 'container';

const PATHS: Record<IconKind, ReactNode> = {
  container: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="2" />
      <path d="M7 9v6M10.5 9v6M14 9v6M17.5 9v6" />
    </>
  ),
  volume: (
    <>
      <ellipse cx="12" cy="6" rx="7" ry="2.5" />
      <path d="M5 6v12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V6" />
      <path d="M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
    </>
  ),
  bind: (
    <>
      <path d="M3 7.5A1.5 1.5 0 0 1 4.5 6h4l2 2h9A1.5 1.5 0 0 1 21 9.5v8a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" />
    </>
  ),
  distributed: (
    <>
      <path d="M7 17.5h10.5a3.5 3.5 0 0 0 .4-7A5.5 5.5 0 0 0 7.3 9.2 4.2 4.2 0 0 0 7 17.5z" />
      <path d="M12 17.5v3M8 20.5h8" />
    </>
  ),
  writable: (
    <>
      <path d="M4 20h4l10.5-10.5a2.1 2.1 0 0 0-3-3L5 17v3z" />
      <path d="M13.5 8.5l3 3" />
    </>
  ),
  image: (
    <>
      <path d="M12 3.5l8.5 4.25L12 12 3.5 7.75z" />
      <path d="M3.5 12L12 16.25 20.5 12" />
      <path d="M3.5 16.25L12 20.5l8.5-4.25" />
    </>
  ),
};

export function StorageIcon({ kind, className }: { kind: IconKind; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[kind]}
    </svg>
  );
}
