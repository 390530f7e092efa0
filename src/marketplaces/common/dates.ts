// Dates as marketplaces print them (as seen on saved pages), found anywhere
// in a line of text. Each format is one pattern; a match that is not a real calendar date is skipped,
// never corrected, and a text with no date gives null.
import { msToIso, wallTimeToIso, zoneOffsetMinutes, type WallTime } from '../../lib/time';
import { monthNumber } from './months';

export type ParsedDate = { wall: WallTime; hasTime: boolean };
/**
 * Needed only for dates printed without a year. With `after` (a moment of the order's own time line:
 * placed, paid) a yearless date is the first such moment at or after it; without, the latest such
 * moment not after now (a page of past events).
 */
export type DateContext = { now: Date; zone: string; after?: Date };

// Groups: hour, minute, second, am/pm letter. The look-ahead keeps "10:31 May" from reading "M" as a meridiem.
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?(?!\p{L}))?`;
const MONTH = String.raw`(?<!\p{L})(\p{L}+)\.?`;

type Fields = { year?: string; month: string; day: string; time: (string | undefined)[] };
type Format = { re: RegExp; fields: (m: RegExpExecArray) => Fields; yearless?: true };

const g = (m: RegExpExecArray, i: number): string => m[i] ?? '';
const timeAt = (m: RegExpExecArray, i: number) => [m[i], m[i + 1], m[i + 2], m[i + 3]];
const re = (source: string) => new RegExp(source, 'giu');

// Most specific first: a format with a year is tried over the whole text before any format without one.
const FORMATS: readonly Format[] = [
  { // 2025-11-08 03:44:47 · 2025/11/08
    re: re(String.raw`(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:[ T]+${TIME})?`),
    fields: (m) => ({ year: g(m, 1), month: g(m, 2), day: g(m, 3), time: timeAt(m, 4) }),
  },
  { // 2025年11月08日 03:44
    re: re(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*${TIME})?`),
    fields: (m) => ({ year: g(m, 1), month: g(m, 2), day: g(m, 3), time: timeAt(m, 4) }),
  },
  { // Nov 12, 2024 · Nov 12, 2024 10:23 · 10:31 May. 21 2019 (legacy: the time comes first)
    re: re(String.raw`(?:${TIME}\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)(?:,?\s+(?:at\s+)?${TIME})?`),
    fields: (m) => ({
      year: g(m, 7), month: g(m, 5), day: g(m, 6), time: m[1] !== undefined ? timeAt(m, 1) : timeAt(m, 8),
    }),
  },
  { // 12 lis 2024 · 12 нояб. 2024 г. · 12 nov. 2024 · 12 de noviembre de 2024, each with an optional time
    re: re(String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?${MONTH}\s+(?:de\s+)?(\d{4})(?!\d)(?:\s*г\.?)?(?:,?\s+(?:в\s+|a\s+las\s+|o\s+|godz\.\s*)?${TIME})?`),
    fields: (m) => ({ year: g(m, 3), month: g(m, 2), day: g(m, 1), time: timeAt(m, 4) }),
  },
  { // 12.11.2024 10:23 (day first: no locale that writes dots puts the month first)
    re: re(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)(?:,?\s+${TIME})?`),
    fields: (m) => ({ year: g(m, 3), month: g(m, 2), day: g(m, 1), time: timeAt(m, 4) }),
  },
  { // 12月08日 03:46 (no year)
    re: re(String.raw`(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*${TIME})?`),
    fields: (m) => ({ month: g(m, 1), day: g(m, 2), time: timeAt(m, 3) }),
    yearless: true,
  },
  { // Sat | Sep. 19 18:46 (no year)
    re: re(String.raw`${MONTH}\s+(\d{1,2})(?![\d:])(?:,?\s+${TIME})?`),
    fields: (m) => ({ month: g(m, 1), day: g(m, 2), time: timeAt(m, 3) }),
    yearless: true,
  },
];

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function toNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Month as digits or as a word in a known language. */
function monthOf(text: string): number | null {
  const n = toNumber(text) ?? monthNumber(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

function clockOf(time: (string | undefined)[]): { hour: number; minute: number; second: number } | null | 'none' {
  const [h, mi, s, meridiem] = time;
  if (h === undefined || mi === undefined) return 'none';
  let hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/** An instant as the zone's wall clock, in a Date read through its UTC fields. */
function wallOf(ms: number, zone: string): Date {
  return new Date(ms + zoneOffsetMinutes(zone, ms) * 60_000);
}

// Anchored: the first such date at or after the anchor (a leap day may be up to eight years on).
// Unanchored: the latest such date not after now, as the buyer's page means it (a list of past orders).
// A date printed without a time counts as its whole day there: a promise for the day of the order is
// that day, not next year's.
function resolveYear(month: number, day: number, clock: { hour: number; minute: number; second: number } | 'none', ctx: DateContext): number | null {
  if (ctx.after) {
    const anchor = wallOf(ctx.after.getTime(), ctx.zone);
    const c = clock === 'none' ? { hour: 23, minute: 59, second: 59 } : clock;
    for (let year = anchor.getUTCFullYear(); year < anchor.getUTCFullYear() + 8; year++) {
      if (day > daysIn(year, month)) continue;
      if (Date.UTC(year, month - 1, day, c.hour, c.minute, c.second) >= anchor.getTime()) return year;
    }
    return null;
  }
  const c = clock === 'none' ? { hour: 0, minute: 0, second: 0 } : clock;
  const nowWall = wallOf(ctx.now.getTime(), ctx.zone);
  for (let year = nowWall.getUTCFullYear(); year > nowWall.getUTCFullYear() - 8; year--) {
    if (day > daysIn(year, month)) continue;
    if (Date.UTC(year, month - 1, day, c.hour, c.minute, c.second) <= nowWall.getTime()) return year;
  }
  return null;
}

function build(f: Fields, ctx: DateContext | undefined): ParsedDate | null {
  const month = monthOf(f.month);
  const day = toNumber(f.day);
  const clock = clockOf(f.time);
  if (month === null || day === null || day < 1 || clock === null) return null;
  const hasTime = clock !== 'none';
  const c = hasTime ? clock : { hour: 0, minute: 0, second: 0 };
  let year: number | null;
  if (f.year !== undefined) year = toNumber(f.year);
  else year = ctx ? resolveYear(month, day, hasTime ? c : 'none', ctx) : null;
  if (year === null || year < 1990 || year > 2100 || day > daysIn(year, month)) return null;
  const wall: WallTime = hasTime ? { year, month, day, ...c } : { year, month, day };
  return { wall, hasTime };
}

/** The first date found in text; null when there is none (or only a yearless one and no context). */
export function parseDate(text: string, ctx?: DateContext): ParsedDate | null {
  // A dated text that is not a real date (Feb 29, 2023) must not be rescued as a yearless one.
  let sawYear = false;
  for (const format of FORMATS) {
    if (format.yearless && sawYear) return null;
    for (const m of text.matchAll(format.re)) {
      if (!format.yearless) sawYear = true;
      const parsed = build(format.fields(m), ctx);
      if (parsed) return parsed;
    }
  }
  return null;
}

/** An instant as an ISO string carrying the zone's offset at that instant. */
export function instantIso(ms: number, zone: string): string {
  return msToIso(ms, zoneOffsetMinutes(zone, ms));
}

/**
 * A printed date as an event time in the platform's zone. A date without a time is the start of that
 * day and `approximate` says so. `after` anchors a yearless date on the order's own time line.
 */
export function readDate(text: string, zone: string, now: Date, after?: Date): { iso: string; approximate: boolean } | null {
  const parsed = parseDate(text, after ? { now, zone, after } : { now, zone });
  if (!parsed) return null;
  return { iso: wallTimeToIso(parsed.wall, zone), approximate: !parsed.hasTime };
}

const HALF_YEAR = 182.5 * 86_400_000;

export type Promised = { iso: string; approximate: boolean; fromPresent: boolean };

/**
 * A deadline the page promises ("12月16日 22:01前发货", "before Sep 4"). A yearless one belongs to the
 * order's time line: the first such moment at or after `anchor` (the order's placement or payment), so
 * a promise that passed long ago reads as passed. Only without an anchor is it placed nearest to now,
 * and `fromPresent` says so: the caller reports that as a problem.
 */
export function readPromise(text: string, zone: string, anchor: string | undefined, now: Date): Promised | null {
  const dated = parseDate(text);
  if (dated) return { iso: wallTimeToIso(dated.wall, zone), approximate: !dated.hasTime, fromPresent: false };
  const anchorMs = anchor ? Date.parse(anchor) : NaN;
  if (!Number.isNaN(anchorMs)) {
    const read = readDate(text, zone, now, new Date(anchorMs));
    return read && { ...read, fromPresent: false };
  }
  // No date of the order on the page: the first such moment after half a year ago is the one nearest to now.
  const read = readDate(text, zone, now, new Date(now.getTime() - HALF_YEAR));
  return read && { ...read, fromPresent: true };
}
