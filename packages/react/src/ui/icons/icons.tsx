// Small inline icons of the saving and publishing components; decorative, so hidden from assistive technology.
import type { SVGProps } from 'react';

function Icon({ children, size = 16, ...props }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false" {...props}>
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

export const CheckIcon = () => (
  <Icon className="sona-icon">
    <path d="m4.5 10.5 3.5 3.5 7.5-8" {...stroke} />
  </Icon>
);

/** The shared spinner of `styles/controls.css`. */
export const SpinnerIcon = () => <span className="sona-spinner" aria-hidden="true" />;

export const ErrorIcon = () => (
  <Icon className="sona-icon">
    <circle cx="10" cy="10" r="8" fill="currentColor" />
    <path d="M10 5.5V11M10 14v.1" stroke="var(--sona-color-surface)" strokeWidth="2" strokeLinecap="round" />
  </Icon>
);

export const WarningIcon = () => (
  <Icon className="sona-icon">
    <path d="M10 2.8 18 17H2L10 2.8Z" fill="currentColor" strokeLinejoin="round" />
    <path d="M10 8v4.2M10 14.6v.1" stroke="var(--sona-color-surface)" strokeWidth="2" strokeLinecap="round" />
  </Icon>
);

export const DotIcon = () => (
  <Icon className="sona-icon" size={10}>
    <circle cx="10" cy="10" r="6" fill="currentColor" />
  </Icon>
);

export const LockIcon = () => (
  <Icon className="sona-icon">
    <rect x="4" y="9" width="12" height="8.5" rx="2" {...stroke} />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" {...stroke} />
  </Icon>
);

export const ChevronIcon = () => (
  <Icon className="sona-icon sona-chevron" size={14}>
    <path d="m5.5 8 4.5 4.5L14.5 8" {...stroke} />
  </Icon>
);

export const CloseIcon = () => (
  <Icon className="sona-icon">
    <path d="m5.5 5.5 9 9m0-9-9 9" {...stroke} />
  </Icon>
);

export const HistoryIcon = () => (
  <Icon className="sona-icon">
    <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3" {...stroke} />
    <path d="M10 6.5V10l2.5 1.8" {...stroke} />
  </Icon>
);

export const InfoIcon = () => (
  <Icon className="sona-icon">
    <circle cx="10" cy="10" r="7.5" {...stroke} strokeWidth={1.6} />
    <path d="M10 9v5M10 6.2v.1" {...stroke} />
  </Icon>
);

export const UploadIcon = () => (
  <Icon className="sona-icon">
    <path d="M10 13.5V4m0 0L6.2 7.8M10 4l3.8 3.8M4 16h12" {...stroke} />
  </Icon>
);

export const ArrowIcon = () => (
  <Icon className="sona-icon" size={14}>
    <path d="M4.5 10h11m0 0-4-4m4 4-4 4" {...stroke} />
  </Icon>
);
