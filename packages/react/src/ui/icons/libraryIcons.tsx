// Small inline icons of the libraries; decorative, so hidden from assistive technology.
import type { ReactNode } from 'react';

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="sona-icon"
      viewBox="0 0 20 20"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const SearchIcon = () => (
  <Icon>
    <circle cx="8.5" cy="8.5" r="5.5" {...stroke} />
    <path d="m13 13 4.5 4.5" {...stroke} />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M10 4v12M4 10h12" {...stroke} />
  </Icon>
);

export const EditIcon = () => (
  <Icon size={14}>
    <path d="M12.8 3.7a1.8 1.8 0 0 1 2.5 0l1 1a1.8 1.8 0 0 1 0 2.5L7.5 16 3.5 16.5 4 12.5Z" {...stroke} />
  </Icon>
);

export const TrashIcon = () => (
  <Icon size={14}>
    <path d="M3.5 5.5h13M8 5.5V4h4v1.5M5.5 5.5l.8 11h7.4l.8-11" {...stroke} />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="m5 5 10 10M15 5 5 15" {...stroke} />
  </Icon>
);

export const JobsIcon = () => (
  <Icon size={28}>
    <rect x="3.5" y="3" width="13" height="14.5" rx="2" {...stroke} />
    <path d="M7 7.5h6M7 10.5h6M7 13.5h3.5" {...stroke} />
  </Icon>
);

export const BookIcon = () => (
  <Icon size={28}>
    <path
      d="M10 5.5C8.5 4.2 6.3 3.8 3.5 4v11.5c2.8-.2 5 .2 6.5 1.5 1.5-1.3 3.7-1.7 6.5-1.5V4c-2.8-.2-5 .2-6.5 1.5Zm0 0V17"
      {...stroke}
    />
  </Icon>
);

export const InfoIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" {...stroke} />
    <path d="M10 9v4.5M10 6.5v.1" {...stroke} />
  </Icon>
);
