import { localTimeIn } from '@sona-designer/core/simulator';

/** A `datetime-local` value, `YYYY-MM-DDTHH:MM`: a wall-clock moment without a zone. */
export type WallTime = string;

/** The quick picks of the incoming-call mode, each answering a common question in one click. */
export type QuickPick = 'now' | 'weekday' | 'saturday' | 'christmas' | 'newYear';

export const QUICK_PICKS: readonly QuickPick[] = ['now', 'weekday', 'saturday', 'christmas', 'newYear'];

/** The browser's zone: what the picker is read in when the flow has no business-hours step. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// Minutes the zone is ahead of UTC at that instant, from the zone's own clock (DST included).
function offsetMinutes(instant: number, zone: string): number {
  const local = localTimeIn(instant, zone);
  const wall = Date.parse(`${local.date}T${local.time}:00Z`);
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** What the zone's clock shows at `instant`, as a `datetime-local` value. */
export function wallTimeIn(zone: string, instant: number = Date.now()): WallTime {
  const local = localTimeIn(instant, zone);
  return `${local.date}T${local.time}`;
}

/**
 * The ISO date-time with offset that `simulateFlowCall` reads, for a wall-clock moment in `zone`; null when the
 * field is empty or unreadable. A time skipped by a clock change moves to the zone's time at that instant.
 */
export function toCallTime(wall: WallTime, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(wall)) return null;
  const guess = Date.parse(`${wall.slice(0, 16)}:00Z`);
  if (Number.isNaN(guess)) return null;
  // The zone's offset at the guess may differ from the one at the real instant across a clock change: of the two
  // candidates, the one the zone's clock shows as `wall`; in a skipped hour neither does, and the later one is the
  // time the clock jumped to.
  const candidates = [guess - offsetMinutes(guess, zone) * 60_000];
  candidates.push(guess - offsetMinutes(candidates[0] as number, zone) * 60_000);
  const instant =
    candidates.find((candidate) => wallTimeIn(zone, candidate) === wall.slice(0, 16)) ??
    Math.max(...candidates);
  return `${wallTimeIn(zone, instant)}:00${formatOffset(offsetMinutes(instant, zone))}`;
}

function dateOf(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The next moment a quick pick names, after `now` on the zone's clock: the next Monday 10:00, Saturday 20:00,
 * 25 December 10:00 or 1 January 10:00 (this year's when still ahead), or now itself.
 */
export function quickPickTime(pick: QuickPick, zone: string, instant: number = Date.now()): WallTime {
  const now = wallTimeIn(zone, instant);
  if (pick === 'now') return now;
  const [year, month, day] = now.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (pick === 'christmas' || pick === 'newYear') {
    const [m, d] = pick === 'christmas' ? [12, 25] : [1, 1];
    const thisYear = `${dateOf(year, m, d)}T10:00`;
    return thisYear > now ? thisYear : `${dateOf(year + 1, m, d)}T10:00`;
  }
  const [weekday, time] = pick === 'weekday' ? [1, '10:00'] : [6, '20:00'];
  for (let ahead = 0; ahead <= 7; ahead++) {
    const date = new Date(Date.UTC(year, month - 1, day + ahead));
    const candidate = `${date.toISOString().slice(0, 10)}T${time}`;
    if (date.getUTCDay() === weekday && candidate > now) return candidate;
  }
  return now;
}
