// When things happened (labelled event dates) and the deadlines the page itself shows (page clocks).
import type { PageClock } from '../../rules/model';
import { PLATFORM_ZONE } from '../../lib/time';
import { msFromMsLeft, parseCountdown } from '../common/countdown';
import { instantIso, readDate } from '../common/dates';
import { findLabelled } from '../common/labels';
import { eventsOfLines } from '../common/events';
import { textOf } from '../common/text';
import { EVENT_LABELS, LIST_DATE_LABELS, PROTECTION_LABELS } from './words';

export const ZONE = PLATFORM_ZONE.aliexpress;

export type { Events } from '../common/snapshot';
import type { Events } from '../common/snapshot';

/** Every labelled event date under root; the first line for an event wins (later ones repeat it in summaries). */
export function readEvents(root: Element, now: Date, ref: string, problems: string[]): Events {
  return eventsOfLines(findLabelled(root, EVENT_LABELS), ZONE, now, ref, problems);
}

/**
 * The 2026 list's "Date Sep 1, 2026" (colon or not) as the placed date, when no older label gave one.
 * Only a value that is a date counts: "Date" can start other text.
 */
export function withListDate(root: Element, when: Events, now: Date): Events {
  if (when.events.placedAt !== undefined) return when;
  for (const { value } of findLabelled(root, LIST_DATE_LABELS, 'optional')) {
    const date = readDate(value, ZONE, now);
    if (!date) continue;
    const approximate = date.approximate ? [...when.approximate, 'placedAt' as const] : when.approximate;
    return { events: { ...when.events, placedAt: date.iso }, approximate };
  }
  return when;
}

/** "Buyer protection: 12 days 03:22:11": the protection clock, ending now + the countdown. */
export function readProtectionClocks(root: Element, now: Date, ref: string, problems: string[]): PageClock[] {
  const clocks: PageClock[] = [];
  for (const { value, line } of findLabelled(root, PROTECTION_LABELS)) {
    const ms = parseCountdown(value);
    if (ms === null) problems.push(`${ref}: buyer protection countdown not understood`);
    else clocks.push({ clock: 'protection', endsAt: instantIso(now.getTime() + ms, ZONE), text: line });
  }
  return clocks;
}

/** The legacy site's `lefttime` attribute (milliseconds left) as the protection clock. */
export function lefttimeClock(el: Element, now: Date): PageClock | null {
  const ms = msFromMsLeft(el.getAttribute('lefttime') ?? '');
  if (ms === null) return null;
  return { clock: 'protection', endsAt: instantIso(now.getTime() + ms, ZONE), text: textOf(el) || 'lefttime' };
}
