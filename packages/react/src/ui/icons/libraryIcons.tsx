// Small inline icons of the libraries, on the 20-unit grid; decorative.
import { LineIcon, type LineIconProps } from './LineIcon';

/** The 20-unit icons of this set: a 1.8 line. */
const Icon = (props: LineIconProps) => <LineIcon grid={20} strokeWidth={1.8} {...props} />;

/** A magnifying glass: search. */
export const SearchIcon = () => (
  <Icon>
    <circle cx="8.5" cy="8.5" r="5.5" />
    <path d="m13 13 4.5 4.5" />
  </Icon>
);

/** A plus: create. */
export const PlusIcon = () => <Icon d="M10 4v12M4 10h12" />;

/** A pencil (14 px): edit. */
export const EditIcon = () => (
  <Icon size={14} d="M12.8 3.7a1.8 1.8 0 0 1 2.5 0l1 1a1.8 1.8 0 0 1 0 2.5L7.5 16 3.5 16.5 4 12.5Z" />
);

/** A bin (14 px): delete. */
export const TrashIcon = () => <Icon size={14} d="M3.5 5.5h13M8 5.5V4h4v1.5M5.5 5.5l.8 11h7.4l.8-11" />;

/** The close button of the knowledge editor: a wider cross than `CloseIcon`. */
export const DismissIcon = () => <Icon d="m5 5 10 10M15 5 5 15" />;

/** The job library's sign: a sheet of lines, 28 px. */
export const JobSheetIcon = () => (
  <Icon size={28}>
    <rect x="3.5" y="3" width="13" height="14.5" rx="2" />
    <path d="M7 7.5h6M7 10.5h6M7 13.5h3.5" />
  </Icon>
);

/** The knowledge library's sign: an open book, 28 px. */
export const BookIcon = () => (
  <Icon
    size={28}
    d="M10 5.5C8.5 4.2 6.3 3.8 3.5 4v11.5c2.8-.2 5 .2 6.5 1.5 1.5-1.3 3.7-1.7 6.5-1.5V4c-2.8-.2-5 .2-6.5 1.5Zm0 0V17"
  />
);

/** The sign of an information note: a circle with an i, all in one line weight (see `InfoIcon`). */
export const NoteIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 9v4.5M10 6.5v.1" />
  </Icon>
);
