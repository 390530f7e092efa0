// Quiet hours in the buyer's own zone (default 23:00–08:00). Pure: the zone is passed in, so tests run
// the same in Los Angeles and Shanghai.
import { zoneOffsetMinutes } from '../lib/time';

export type Quiet = { enabled: boolean; start: number; end: number };

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

function minuteOfDay(ms: number, zone: string): number {
  const local = Math.floor(ms / MINUTE) + zoneOffsetMinutes(zone, ms);
  return ((local % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

export function inQuiet(ms: number, quiet: Quiet, zone: string): boolean {
  if (!quiet.enabled || quiet.start === quiet.end) return false;
  const m = minuteOfDay(ms, zone);
  // A window that wraps midnight (23:00–08:00) is "after start or before end".
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/** The first instant at or after `ms` outside quiet hours (`ms` itself when it is not quiet). */
export function quietEnd(ms: number, quiet: Quiet, zone: string): number {
  if (!inQuiet(ms, quiet, zone)) return ms;
  const wait = (quiet.end - minuteOfDay(ms, zone) + DAY_MINUTES) % DAY_MINUTES;
  const end = (Math.floor(ms / MINUTE) + wait) * MINUTE;
  // Across a DST change the wall clock moves by the difference; one correction settles it.
  return end + (zoneOffsetMinutes(zone, ms) - zoneOffsetMinutes(zone, end)) * MINUTE;
}

/** When a reminder due at `ms` may go out: held to the end of quiet hours, unless the deadline comes first. */
export function deliverAt(ms: number, deadline: number, quiet: Quiet, zone: string): number {
  const end = quietEnd(ms, quiet, zone);
  return end < deadline ? end : ms;
}
