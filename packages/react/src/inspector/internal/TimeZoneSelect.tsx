import { useMemo } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { FieldControlProps } from './Field';

function timeZonesByRegion(current: string): [string, string[]][] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(zones);
  all.add('UTC');
  all.add(current);
  const groups = new Map<string, string[]>();
  for (const zone of [...all].sort()) {
    const region = zone.includes('/') ? (zone.split('/')[0] ?? zone) : '';
    const list = groups.get(region) ?? [];
    list.push(zone);
    groups.set(region, list);
  }
  return [...groups];
}

export interface TimeZoneSelectProps {
  registration: UseFormRegisterReturn;
  control: FieldControlProps;
  /** The step's zone, listed even when this browser does not know it. */
  current: string;
}

/** Every IANA time zone this browser knows, grouped by region (America, Europe…). */
export function TimeZoneSelect({ registration, control, current }: TimeZoneSelectProps) {
  // Some 400 zones: build the options once per zone, not on every keystroke elsewhere in the form.
  const options = useMemo(
    () =>
      timeZonesByRegion(current).map(([region, zones]) =>
        region ? (
          <optgroup key={region} label={region}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </optgroup>
        ) : (
          zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))
        ),
      ),
    [current],
  );
  return (
    <select className="sona-input" {...registration} {...control}>
      {options}
    </select>
  );
}
