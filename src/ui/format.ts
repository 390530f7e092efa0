// Turning instants and spans into words. Display is in the buyer's zone and language; the platform's
// own time is shown alongside when it differs (a Beijing deadline read in Warsaw).
import { DAY, HOUR, isoOffsetMinutes, isoToMs, zoneOffsetMinutes } from '../lib/time';
import { localeOf, type Translate } from '../lib/i18n';

const MINUTE = 60_000;

type UnitName = 'day' | 'hour' | 'minute' | 'second';

// Spans are written by the platform (Intl units and lists), so every language gets its own plural
// forms and abbreviations ("1 dzień", "2 dni", "5 dni"; "2天4小时") with no message per form. Intl
// formatters are costly to build and the popup formats thousands of spans: one per locale and style.
const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}
const unitFormat = (name: UnitName, locale: string, display: 'long' | 'short') =>
  cached(`${locale}|${name}|${display}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: display }));
const unit = (n: number, name: UnitName, locale: string, display: 'long' | 'short') => unitFormat(name, locale, display).format(n);
const pair = (a: string, b: string, locale: string) =>
  cached(`${locale}|list`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })).format([a, b]);

/** "14 days", "2 days 4 hr", "3 hr 12 min", "12 min 5 sec": as exact as the span deserves. */
export function formatSpan(ms: number, t: Translate): string {
  const locale = localeOf(t);
  const span = Math.max(0, ms);
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  const seconds = Math.floor((span % MINUTE) / 1000);
  if (days >= 1) {
    if (hours === 0) return unit(days, 'day', locale, 'long');
    return pair(unit(days, 'day', locale, 'short'), unit(hours, 'hour', locale, 'short'), locale);
  }
  if (hours >= 1) return pair(unit(hours, 'hour', locale, 'short'), unit(minutes, 'minute', locale, 'short'), locale);
  return pair(unit(minutes, 'minute', locale, 'short'), unit(seconds, 'second', locale, 'short'), locale);
}

/** A rule's length: whole days as days, otherwise hours ("14 days", "24 hours", "30 min 0 sec"). */
export function formatDuration(ms: number, t: Translate): string {
  const locale = localeOf(t);
  if (ms % DAY === 0) return unit(ms / DAY, 'day', locale, 'long');
  if (ms % HOUR === 0) return unit(ms / HOUR, 'hour', locale, 'long');
  return formatSpan(ms, t);
}

type Amount = { n: number; unit: 'day' | 'hour' | 'minute' };

/** "48 hours", "48 godzin", "48小时": a figure in the unit its source states it in, with the language's plural form. */
export function formatAmount(a: Amount, t: Translate): string {
  return unitFormat(a.unit, localeOf(t), 'long').format(a.n);
}

/** "3–20 days", "3–20 dni", "3-20天": a range, with the language's plural form for it. */
export function formatAmountRange(from: Amount, to: Amount, t: Translate): string {
  if (from.unit !== to.unit) return `${formatAmount(from, t)} – ${formatAmount(to, t)}`;
  return unitFormat(from.unit, localeOf(t), 'long').formatRange(from.n, to.n);
}

type PlatformZone = { zone: string; label: 'zone_beijing' | 'zone_pacific' };
const BEIJING: PlatformZone = { zone: 'Asia/Shanghai', label: 'zone_beijing' };
const PACIFIC: PlatformZone = { zone: 'America/Los_Angeles', label: 'zone_pacific' };
/**
 * The platform's zone behind the offset a deadline carries. A deadline counted from a winter event
 * keeps -08:00 into the summer; the Pacific wall clock is read from the zone itself (Intl), not from
 * that fixed offset, so it is right on both sides of a daylight-saving change.
 */
const ZONE_OF: Record<number, PlatformZone> = { 480: BEIJING, [-420]: PACIFIC, [-480]: PACIFIC };

/** "12 Dec, 14:30": a day and a time to the minute, in the given zone (the machine's without one). */
export function wallClock(ms: number, locale: string, timeZone?: string): string {
  return cached(`${locale}|wall|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, {
    day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone,
  })).format(new Date(ms));
}

/**
 * A deadline as the buyer reads it: to the minute, or as a date where it was counted from a day the
 * page gave without a time (a time would claim more than is known).
 */
export function formatTimerDeadline(timer: { endsAt: string; earliest?: { why: string } }, locale: string, t: Translate): string {
  if (timer.earliest?.why !== 'day-only') return formatDeadline(timer.endsAt, locale, t);
  const day = Date.parse(`${timer.endsAt.slice(0, 10)}T00:00:00Z`);
  return t('endsOn', new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(day)));
}

/** "Ends 30 Nov 23:30 your time — 1 Dec 06:30 Beijing", or just "Ends 1 Dec 06:30" when the zones agree. */
export function formatDeadline(iso: string, locale: string, t: Translate, buyerOffsetMinutes?: number): string {
  const ms = isoToMs(iso);
  const local = wallClock(ms, locale);
  const platform = ZONE_OF[isoOffsetMinutes(iso) ?? 0];
  const buyerOffset = buyerOffsetMinutes ?? -new Date(ms).getTimezoneOffset();
  if (!platform || zoneOffsetMinutes(platform.zone, ms) === buyerOffset) return t('endsAt', local);
  return t('endsAtBoth', local, wallClock(ms, locale, platform.zone), t(platform.label));
}
