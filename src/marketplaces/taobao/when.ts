// Times on Taobao and Tmall pages: printed in Beijing time without a zone ("2025-11-08 03:44:47"),
// ship-by promises without a year ("12月08日 03:46前发货"), and countdowns that say how much is left.
import type { ClockId, EventName, PageClock, Stage } from '../../rules/model';
import { DAY, HOUR, PLATFORM_ZONE } from '../../lib/time';
import { parseCountdown } from '../common/countdown';
import { instantIso, readPromise } from '../common/dates';
import { addEvent as addEventIn } from '../common/events';
import { dateFirst, isTranslatedShipBy } from '../common/translated';

export const ZONE = PLATFORM_ZONE.taobao;

export type { Events } from '../common/snapshot';
import type { Events } from '../common/snapshot';
export { noEvents } from '../common/events';

/** Record an event from a printed Beijing time; false when the text holds no date. The first sighting wins. */
export function addEvent(into: Events, name: EventName, text: string, now: Date): boolean {
  return addEventIn(into, name, text, ZONE, now);
}

/**
 * The seller's ship-by promise ("12月16日 22:01前发货", or with a year) as the `ship` page clock. A
 * yearless promise is dated on the order's time line (`anchor`: paid, else placed), so one that passed
 * ten months ago reads as passed; with no anchor it is dated near now and a problem says so.
 */
export function shipByClock(text: string, anchor: string | undefined, now: Date, ref: string, problems: string[]): PageClock | null {
  if (!/前发货/.test(text) && !isTranslatedShipBy(text)) return null;
  const dated = readPromise(dateFirst(text), ZONE, anchor, now);
  if (!dated) {
    problems.push(`${ref}: ship-by date not understood`);
    return null;
  }
  if (dated.fromPresent) problems.push(`${ref}: ship-by date has no year and the page gives no order date; dated near today`);
  return { clock: 'ship', endsAt: dated.iso, text };
}

/** The moment a promise is counted from: payment when the page shows it, else placement. */
export function promiseAnchor(when: Events): string | undefined {
  return when.events.paidAt ?? when.events.placedAt;
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
