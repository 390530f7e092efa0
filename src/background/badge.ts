// The toolbar badge: how many orders have something for the buyer to do within 48 hours, or overdue.
import type { Timer } from '../rules/model';
import { isoToMs } from '../lib/time';
import { pickUrgent } from '../rules/urgency';
import { marketplaceOn, type SettingsRecord } from '../lib/settings';
import type { PlanOrder } from './planner';

const HOUR = 3_600_000;
const SOON_MS = 48 * HOUR;
/**
 * An overdue clock counts for a week. Past that the order was simply never looked at again (a stale
 * page), and a badge that never goes away teaches the buyer to ignore it.
 */
const OVERDUE_MS = 7 * 24 * HOUR;

/**
 * The order's clock that matters (rules/urgency.ts) asks something of the buyer soon: a buyer's clock
 * ending within 48 h, or someone else's that ran out and left the move to the buyer.
 */
function pressing(timers: readonly Timer[], now: number): boolean {
  const urgent = pickUrgent(timers, now);
  if (!urgent) return false;
  const ends = isoToMs(urgent.timer.endsAt);
  if (ends <= now - OVERDUE_MS) return false;
  return urgent.reason === 'your-turn' || (urgent.timer.actor === 'buyer' && ends <= now + SOON_MS);
}

export function badgeCount(orders: PlanOrder[], settings: SettingsRecord, now: number): number {
  return orders.filter((o) => marketplaceOn(settings, o.marketplace) && pressing(o.timers, now)).length;
}

/** The next instant the count can change by the clock alone (a deadline enters the 48 h window or ages out). */
export function badgeChangesAt(orders: PlanOrder[], now: number): number | null {
  let next = Infinity;
  for (const o of orders) {
    for (const t of o.timers) {
      const ends = isoToMs(t.endsAt);
      // A clock running out can change which clock matters, and with it the count.
      for (const at of [ends - SOON_MS, ends + 1, ends + OVERDUE_MS]) if (at > now) next = Math.min(next, at);
    }
  }
  return Number.isFinite(next) ? next : null;
}

/** Nothing at all when there is nothing to do: an empty badge, not a "0". */
export const badgeText = (count: number) => (count > 0 ? String(count) : '');
