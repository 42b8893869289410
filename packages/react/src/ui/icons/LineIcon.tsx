import type { ReactNode } from 'react';

/** The props of `LineIcon`. */
export interface LineIconProps {
  /** The drawing as one path, in the units of `grid`. */
  d?: string;
  /** A drawing of several shapes instead of `d`; they inherit the line style (a filled shape sets `stroke="none"`). */
  children?: ReactNode;
  /** Width and height in pixels; 16 by default. */
  size?: number;
  /** The side of the square the drawing is made on: 16 units by default. */
  grid?: number;
  /** The line's width in units of `grid`; 1.6 by default. */
  strokeWidth?: number;
  /** The icon's class: `sona-icon` by default; empty for none (icons the stylesheets address by their parent). */
  className?: string;
}

/**
 * The one shell of the package's icons: a square line drawing in the text colour, round caps and joins;
 * decorative (every control carries its own name).
 */
export function LineIcon({
  d,
  children,
  size = 16,
  grid = 16,
  strokeWidth = 1.6,
  className = 'sona-icon',
}: LineIconProps) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${grid} ${grid}`}
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {d ? <path d={d} /> : children}
    </svg>
  );
}
