// Times on Taobao and Tmall pages: printed in Beijing time without a zone ("2025-11-08 03:44:47"),
// ship-by promises without a year ("12月08日 03:46前发货"), and countdowns that say how much is left.
import type { ClockId, EventName, PageClock, Stage } from '../../rules/model';
import { DAY, HOUR, PLATFORM_ZONE, wallTimeToIso, zoneOffsetMinutes } from '../../lib/time';
import { parseCountdown } from '../common/countdown';
import { instantIso, readDate } from '../common/dates';

export const ZONE = PLATFORM_ZONE.taobao;

export type { Events } from '../common/snapshot';
import type { Events } from '../common/snapshot';

export const noEvents = (): Events => ({ events: {}, approximate: [] });

/** Record an event from a printed time; false when the text holds no date. The first sighting wins. */
export function addEvent(into: Events, name: EventName, text: string, now: Date): boolean {
  const date = readDate(text, ZONE, now);
  if (!date) return false;
  if (into.events[name] === undefined) {
    into.events[name] = date.iso;
    if (date.approximate) into.approximate.push(name);
  }
  return true;
}

const YEARLESS = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2}):(\d{2}))?/;

/**
 * A yearless "MM月DD日 HH:MM" read as the such date nearest to now: a promise ("…前发货") is usually
 * ahead, but one just missed is behind, and a year boundary may lie between (now 12-30, "01月02日").
 */
export function nearestYearlessIso(text: string, now: Date): string | null {
  const m = YEARLESS.exec(text);
  if (!m) return null;
  const [month, day, hour, minute] = [m[1], m[2], m[3] ?? '0', m[4] ?? '0'].map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const nowMs = now.getTime();
  const year = new Date(nowMs + zoneOffsetMinutes(ZONE, nowMs) * 60_000).getUTCFullYear();
  let best: { iso: string; distance: number } | null = null;
  for (const y of [year - 1, year, year + 1]) {
    if (day > new Date(Date.UTC(y, month, 0)).getUTCDate()) continue;
    const iso = wallTimeToIso({ year: y, month, day, hour, minute }, ZONE);
    const distance = Math.abs(Date.parse(iso) - nowMs);
    if (!best || distance < best.distance) best = { iso, distance };
  }
  return best?.iso ?? null;
}

/** The seller's ship-by promise ("12月08日 03:46前发货", or with a year) as the `ship` page clock. */
export function shipByClock(text: string, now: Date): PageClock | null {
  if (!/前发货/.test(text)) return null;
  const dated = /\d{4}\s*[-/年]/.test(text) ? readDate(text, ZONE, now)?.iso : nearestYearlessIso(text, now);
  return dated ? { clock: 'ship', endsAt: dated, text } : null;
}

/** A countdown's end: now plus what is left, in Beijing time. */
export function endsIn(now: Date, ms: number): string {
  return instantIso(now.getTime() + ms, ZONE);
}

/** "还剩9天10时" (or "您还有 7天18时11分57秒 …") as a page clock; null when the text holds no countdown. */
export function countdownClock(clock: ClockId, text: string, now: Date): PageClock | null {
  const ms = parseCountdown(text);
  return ms === null ? null : { clock, endsAt: endsIn(now, ms), text };
}

/** The clock a bare list countdown ("还剩9天10时") runs in a stage; null where the stage names none. */
export function listCountdownClock(stage: Stage | null): ClockId | null {
  if (stage === 'shipped' || stage === 'delivered') return 'auto-confirm';
  if (stage === 'awaiting-payment') return 'payment';
  return null;
}

/** What a sentence around a countdown says the countdown is for; null when it says nothing we know. */
export function clockOfSentence(sentence: string): ClockId | null {
  if (/确认收货/.test(sentence)) return 'auto-confirm';
  if (/付款|支付/.test(sentence)) return 'payment';
  return null;
}

/** A span of milliseconds the way Taobao prints it: 2天4时0分0秒. */
export function chineseSpan(ms: number): string {
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  const m = Math.floor((ms % HOUR) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${d}天${h}时${m}分${s}秒`;
}
