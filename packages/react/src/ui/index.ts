export { Announcer } from './announcer/Announcer';
export { CollapsibleSection } from './CollapsibleSection';
export {
  CharacterCounter,
  type CharacterCounterProps,
  type CharacterCounterState,
  characterCounterState,
  NEAR_LIMIT_RATIO,
} from './characterCounter/CharacterCounter';
export { copyText } from './copyText';
export { DiscardConfirm } from './dialog/DiscardConfirm';
export { EditorDialog } from './dialog/EditorDialog';
export {
  ArrowIcon,
  CheckIcon,
  ChevronIcon,
  CloseIcon,
  DotIcon,
  DownloadIcon,
  ErrorIcon,
  FieldErrorIcon,
  HistoryIcon,
  InfoIcon,
  LockIcon,
  SpinnerIcon,
  UploadIcon,
  WarningIcon,
} from './icons/icons';
export { JobsIcon, type JobsIconName, LINE_PATHS } from './icons/JobsIcon';
export { LineIcon, type LineIconProps } from './icons/LineIcon';
export {
  BookIcon,
  DismissIcon,
  EditIcon,
  JobSheetIcon,
  NoteIcon,
  PlusIcon,
  SearchIcon,
  TrashIcon,
} from './icons/libraryIcons';
export { useIdlePreload } from './lazy/idlePreload';
export { lazyDialog, lazySurface, type NamedLoader } from './lazy/lazyComponent';
export { NothingYet, PanelLoading } from './lazy/PanelLoading';
export { formatPhoneNumber } from './phoneNumber';
export { useDebouncedValue } from './useDebouncedValue';
export { refocusIfLost, useFocusReturn } from './useFocusReturn';
export { usePortalContainer } from './usePortalContainer';
export { withClassName } from './withClassName';
