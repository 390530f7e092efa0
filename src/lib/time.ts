// Instants travel as ISO strings with an explicit offset; these helpers keep that offset intact
// (a deadline computed from a Beijing-time event is shown and stored in Beijing time).

const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Milliseconds since the epoch of an ISO string; NaN when it is not a date. */
export function isoToMs(iso: string): number {
  return Date.parse(iso);
}

/** The offset an ISO string carries, in minutes east of UTC ('Z' is 0); null when it carries none. */
export function isoOffsetMinutes(iso: string): number | null {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso);
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const sign = m[2] === '-' ? -1 : 1;
  return sign * (Number(m[3]) * 60 + Number(m[4]));
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** Format an instant as an ISO string at a fixed offset, to the second: 2026-11-15T10:00:00+08:00. */
export function msToIso(ms: number, offsetMinutes = 0): string {
  const local = new Date(ms + offsetMinutes * MINUTE);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** Add milliseconds to an ISO instant, keeping its offset. */
export function addToIso(iso: string, ms: number): string {
  return msToIso(isoToMs(iso) + ms, isoOffsetMinutes(iso) ?? 0);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of an IANA zone at an instant, in minutes east of UTC, as Intl tells it (slow: ~10 µs). */
function offsetByIntl(zone: string, ms: number): number {
  let fmt = offsetFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    offsetFormatters.set(zone, fmt);
  }
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

// Offsets by zone and UTC hour, for hours the zone's offset does not change in. The planner asks for
// the offset of every reminder of every order (quiet hours): 10,000 orders made Intl most of its time.
// A zone changes its offset at most once in an hour, so the same offset at an hour's first and last
// second means it held the whole hour; an hour with a change is never cached and is asked of Intl.
const steadyHours = new Map<string, number>();
const STEADY_HOURS_KEPT = 20_000;

/** The offset of an IANA zone at an instant, in minutes east of UTC (DST-aware through Intl). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const key = `${zone} ${hour}`;
  const steady = steadyHours.get(key);
  if (steady !== undefined) return steady;
  if (!Number.isFinite(hour)) return offsetByIntl(zone, ms);
  const first = offsetByIntl(zone, hour * HOUR);
  if (first !== offsetByIntl(zone, (hour + 1) * HOUR - 1000)) return offsetByIntl(zone, ms);
  if (steadyHours.size >= STEADY_HOURS_KEPT) steadyHours.clear();
  steadyHours.set(key, first);
  return first;
}

export type WallTime = { year: number; month: number; day: number; hour?: number; minute?: number; second?: number };

/** A wall-clock time in a zone, as an ISO instant with that zone's offset at that moment. */
export function wallTimeToIso(t: WallTime, zone: string): string {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 0, t.minute ?? 0, t.second ?? 0);
  // Two passes settle the offset across a DST change.
  let offset = zoneOffsetMinutes(zone, asUtc);
  offset = zoneOffsetMinutes(zone, asUtc - offset * MINUTE);
  return msToIso(asUtc - offset * MINUTE, offset);
}

/** The zone each marketplace counts in: its pages and rules speak in this zone's wall-clock time. */
export const PLATFORM_ZONE = {
  aliexpress: 'America/Los_Angeles',
  taobao: 'Asia/Shanghai',
  tmall: 'Asia/Shanghai',
  '1688': 'Asia/Shanghai',
  kuaishou: 'Asia/Shanghai',
  xiaohongshu: 'Asia/Shanghai',
  cainiao: 'Asia/Shanghai',
} as const;
