import { useId } from 'react';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  /** Language of the label when it differs from the page's, e.g. "Français" on an English page. */
  lang?: string;
}

interface SegmentedControlProps<T extends string> {
  legend: string;
  value: T;
  options: ReadonlyArray<SegmentedOption<T>>;
  onChange: (value: T) => void;
}

/** A group of radio buttons drawn as a segmented switch: keyboard arrows move the choice, as in any radio group. */
export function SegmentedControl<T extends string>({
  legend,
  value,
  options,
  onChange,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="demo-segmented">
      <legend className="demo-segmented__legend">{legend}</legend>
      <div className="demo-segmented__options">
        {options.map((option) => (
          <label key={option.value} className="demo-segmented__option" lang={option.lang}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
