import { SearchIcon } from '../../ui';

/** The props of `SearchBox`. */
export interface SearchBoxProps {
  /** The box's accessible name. */
  label: string;
  placeholder: string;
  /** The text typed (controlled). */
  value: string;
  /** Hears every change of the text. */
  onChange(value: string): void;
  /** A search is running: shows a spinner in the box. */
  busy: boolean;
}

/** The library's search field; Escape clears it (the browser's own behaviour for `type="search"`). */
export function SearchBox({ label, placeholder, value, onChange, busy }: SearchBoxProps) {
  return (
    <div className="sona-library__search">
      <SearchIcon />
      <input
        type="search"
        className="sona-library__search-input"
        aria-label={label}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {busy ? <span className="sona-spinner sona-library__search-busy" aria-hidden="true" /> : null}
    </div>
  );
}
