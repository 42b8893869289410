import type { StepKind } from '@sona-designer/core';
import type { ReactNode } from 'react';
import { LineIcon } from '../../../ui';

// 24×24 stroke drawings, one per kind; decorative (the kind's label is written beside them).
const PATHS: Record<StepKind, ReactNode> = {
  'incoming-call': (
    <>
      <path d="M5 4h3l1.6 4.2-2 1.3a11 11 0 0 0 6.9 6.9l1.3-2L20 16v3a1.5 1.5 0 0 1-1.6 1.5A16 16 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4Z" />
      <path d="M15 3v6h6" />
      <path d="m21 3-6 6" />
    </>
  ),
  'business-hours': (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  'phone-menu': (
    <>
      <rect x="4" y="4" width="4" height="4" rx="1" />
      <rect x="10" y="4" width="4" height="4" rx="1" />
      <rect x="16" y="4" width="4" height="4" rx="1" />
      <rect x="4" y="10" width="4" height="4" rx="1" />
      <rect x="10" y="10" width="4" height="4" rx="1" />
      <rect x="16" y="10" width="4" height="4" rx="1" />
      <rect x="10" y="16" width="4" height="4" rx="1" />
    </>
  ),
  'ring-users': (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20a6.5 6.5 0 0 1 13 0" />
      <path d="M16 4.6a3.5 3.5 0 0 1 0 6.8" />
      <path d="M18 14.2a6.5 6.5 0 0 1 3.5 5.8" />
    </>
  ),
  sona: (
    <>
      <path d="M12 3.5 13.8 9a2 2 0 0 0 1.2 1.2l5.5 1.8-5.5 1.8a2 2 0 0 0-1.2 1.2L12 20.5 10.2 15a2 2 0 0 0-1.2-1.2L3.5 12 9 10.2A2 2 0 0 0 10.2 9Z" />
      <path d="M19 3v3.5M17.25 4.75h3.5" />
    </>
  ),
  voicemail: (
    <>
      <circle cx="6.5" cy="12" r="3.5" />
      <circle cx="17.5" cy="12" r="3.5" />
      <path d="M6.5 15.5h11" />
    </>
  ),
  'play-audio': (
    <>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4Z" />
      <path d="M15.5 9a4 4 0 0 1 0 6" />
      <path d="M18.5 6.5a7.5 7.5 0 0 1 0 11" />
    </>
  ),
  forward: (
    <>
      <path d="M5 4h3l1.6 4.2-2 1.3a11 11 0 0 0 6.9 6.9l1.3-2L20 16v3a1.5 1.5 0 0 1-1.6 1.5A16 16 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4Z" />
      <path d="M15 6h6" />
      <path d="m18 3 3 3-3 3" />
    </>
  ),
  end: (
    <>
      <path d="M3.2 13.6a13 13 0 0 1 17.6 0l-.2 2.6-3.6-.8-.6-2.5a9 9 0 0 0-8.8 0l-.6 2.5-3.6.8Z" />
    </>
  ),
};

/** The drawing of a step kind, on the shared icon shell (24-unit grid, 18 px). */
export function StepIcon({ kind }: { kind: StepKind }) {
  return (
    <LineIcon grid={24} size={18} strokeWidth={1.8} className="sona-step-icon">
      {PATHS[kind]}
    </LineIcon>
  );
}
