// Small inline icons of the saving, publishing and editing components, on the 20-unit grid; decorative.
import { LineIcon, type LineIconProps } from './LineIcon';

/** The 20-unit icons of this set: a 1.8 line, `sona-icon` unless said otherwise. */
const Icon = (props: LineIconProps) => <LineIcon grid={20} strokeWidth={1.8} {...props} />;

/** Stroke colour of the mark inside a filled sign: the surface shows through. */
const CUT = 'var(--sona-color-surface)';

/** A tick: done, saved. */
export const CheckIcon = () => <Icon d="m4.5 10.5 3.5 3.5 7.5-8" />;

/** The shared spinner of `styles/controls.css`. */
export const SpinnerIcon = () => <span className="sona-spinner" aria-hidden="true" />;

/** A filled circle with an exclamation mark: a failure. */
export const ErrorIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="8" fill="currentColor" stroke="none" />
    <path d="M10 5.5V11M10 14v.1" stroke={CUT} strokeWidth="2" />
  </Icon>
);

/** A filled triangle with an exclamation mark: a warning. */
export const WarningIcon = () => (
  <Icon>
    <path d="M10 2.8 18 17H2L10 2.8Z" fill="currentColor" stroke="none" />
    <path d="M10 8v4.2M10 14.6v.1" stroke={CUT} strokeWidth="2" />
  </Icon>
);

/** A small filled dot (10 px): unsaved changes. */
export const DotIcon = () => (
  <Icon size={10}>
    <circle cx="10" cy="10" r="6" fill="currentColor" stroke="none" />
  </Icon>
);

/** A padlock: read only. */
export const LockIcon = () => (
  <Icon>
    <rect x="4" y="9" width="12" height="8.5" rx="2" />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
  </Icon>
);

/** A chevron pointing down (14 px): a menu or a section that opens. */
export const ChevronIcon = () => (
  <Icon className="sona-icon sona-chevron" size={14} d="m5.5 8 4.5 4.5L14.5 8" />
);

/** A cross: close. */
export const CloseIcon = () => <Icon d="m5.5 5.5 9 9m0-9-9 9" />;

/** A clock with a backward arrow: revisions. */
export const HistoryIcon = () => (
  <Icon>
    <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3" />
    <path d="M10 6.5V10l2.5 1.8" />
  </Icon>
);

/** A circle with an i (a thinner circle): information. */
export const InfoIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" strokeWidth={1.6} />
    <path d="M10 9v5M10 6.2v.1" />
  </Icon>
);

/** An arrow up to a line: publish. */
export const UploadIcon = () => <Icon d="M10 13.5V4m0 0L6.2 7.8M10 4l3.8 3.8M4 16h12" />;

/** An arrow down to a line: download, export. */
export const DownloadIcon = () => <Icon d="M10 4v9.5m0 0-3.8-3.8m3.8 3.8 3.8-3.8M4 16h12" />;

/** An arrow to the right (14 px). */
export const ArrowIcon = () => <Icon size={14} d="M4.5 10h11m0 0-4-4m4 4-4 4" />;

/** The sign beside a field's error message (16-unit grid, 14 px); its parent's class styles it. */
export const FieldErrorIcon = () => (
  <LineIcon size={14} className="">
    <circle cx="8" cy="8" r="7" />
    <path d="M8 4.2v4.6M8 11v.8" strokeWidth="1.8" />
  </LineIcon>
);
