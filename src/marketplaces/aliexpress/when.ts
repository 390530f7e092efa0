// When things happened (labelled event dates) and the deadlines the page itself shows (page clocks).
import type { PageClock } from '../../rules/model';
import { PLATFORM_ZONE } from '../../lib/time';
import { msFromMsLeft, parseCountdown } from '../common/countdown';
import { instantIso, readPromise } from '../common/dates';
import { findLabelled } from '../common/labels';
import { eventsOfLines } from '../common/events';
import { textOf } from '../common/text';
import { EVENT_LABELS, PROTECTION_LABELS, REFUND_IF_NO_DELIVERY_LABELS } from './words';

export const ZONE = PLATFORM_ZONE.aliexpress;

export type { Events } from '../common/snapshot';
import type { Events } from '../common/snapshot';

/** Every labelled event date under root; the first line for an event wins (later ones repeat it in summaries). */
export function readEvents(root: Element, now: Date, ref: string, problems: string[]): Events {
  return eventsOfLines(findLabelled(root, EVENT_LABELS), ZONE, now, ref, problems);
}

/**
 * "Buyer protection: 12 days 03:22:11" (ends now + the countdown) and "Refund if no delivery before
 * <date>" (ends at the start of that day in platform time, or at its time when one is printed): both
 * are the protection clock. `when` holds the order's dates, which anchor a date printed without a year.
 */
export function readProtectionClocks(root: Element, now: Date, ref: string, problems: string[], when?: Events): PageClock[] {
  const clocks: PageClock[] = [];
  for (const { value, line } of findLabelled(root, PROTECTION_LABELS)) {
    const ms = parseCountdown(value);
    if (ms === null) problems.push(`${ref}: buyer protection countdown not understood`);
    else clocks.push({ clock: 'protection', endsAt: instantIso(now.getTime() + ms, ZONE), text: line });
  }
  for (const { value, line } of findLabelled(root, REFUND_IF_NO_DELIVERY_LABELS, 'optional')) {
    // A yearless date is dated on the order's time line (paid, else placed), never on today's year.
    const date = readPromise(value, ZONE, when?.events.paidAt ?? when?.events.placedAt, now);
    if (!date) problems.push(`${ref}: refund-if-no-delivery date not understood`);
    else {
      if (date.fromPresent) problems.push(`${ref}: refund-if-no-delivery date has no year and the page gives no order date; dated near today`);
      clocks.push({ clock: 'protection', endsAt: date.iso, text: line });
    }
  }
  return clocks;
}

/** The legacy site's `lefttime` attribute (milliseconds left) as the protection clock. */
export function lefttimeClock(el: Element, now: Date): PageClock | null {
  const ms = msFromMsLeft(el.getAttribute('lefttime') ?? '');
  if (ms === null) return null;
  return { clock: 'protection', endsAt: instantIso(now.getTime() + ms, ZONE), text: textOf(el) || 'lefttime' };
}
