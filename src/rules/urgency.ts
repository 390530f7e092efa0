// Which of an order's clocks matters now, and why. One rule, used by assess (Assessment.urgent) and by
// every view that ticks on its own between two assessments (chip, popup, sidebar tab, badge, reminders,
// CSV), so they all name the same clock. Plain code with no zod and no tables: content scripts load it.
import type { Timer, Urgent } from './model';
import type { URGENT_REASONS } from './vocabulary';
import { isoToMs } from '../lib/time';

/**
 * Why a clock is the one that matters:
 * - 'your-turn': someone else's clock ran out and running out hands the move to the buyer (the seller let
 *   a refund request time out, shipped late, a refund is overdue) — the guides say to act at that moment;
 * - 'soonest': the running clock that ends first;
 * - 'overdue': every clock has run out; the one that ran out last (the page is stale, or the
 *   marketplace is late with its automatic step).
 */
type UrgentReason = (typeof URGENT_REASONS)[number];

/** Outcomes at zero that leave the next move to the buyer rather than settle anything by themselves. */
const HANDS_OVER: ReadonlySet<string> = new Set(['buyer-may-escalate', 'seller-late', 'refund-overdue']);

/** A clock of someone else that has run out and now waits for the buyer. */
export const handsOver = (timer: Pick<Timer, 'actor' | 'onExpiry'>) => timer.actor !== 'buyer' && HANDS_OVER.has(timer.onExpiry);

/**
 * Outcomes at zero that open a step for the buyer (a late parcel's coupon to claim): from then on the
 * move is the buyer's, as with a hand-over, though the buyer is told by its own 'opens' reminder.
 */
const OPENS_FOR_BUYER: ReadonlySet<string> = new Set(['coupon-claimable']);

type Pick2 = { timer: Timer; reason: UrgentReason };

/** The clock that matters at `now` among `timers` (any order), or null when there are none. */
export function pickUrgent(timers: readonly Timer[], now: number): Pick2 | null {
  let turn: Timer | undefined;
  let soonest: Timer | undefined;
  let last: Timer | undefined;
  let turnMs = -Infinity;
  let soonestMs = Infinity;
  let lastMs = -Infinity;
  for (const timer of timers) {
    const ends = isoToMs(timer.endsAt);
    if (Number.isNaN(ends)) continue;
    // Ties go to the earlier timer in the list: the engine lists them soonest first, rows in table order.
    if (ends >= now) {
      if (ends < soonestMs) [soonest, soonestMs] = [timer, ends];
    } else {
      if ((handsOver(timer) || OPENS_FOR_BUYER.has(timer.onExpiry)) && ends > turnMs) [turn, turnMs] = [timer, ends];
      if (ends > lastMs) [last, lastMs] = [timer, ends];
    }
  }
  if (turn) return { timer: turn, reason: 'your-turn' };
  if (soonest) return { timer: soonest, reason: 'soonest' };
  return last ? { timer: last, reason: 'overdue' } : null;
}

export function urgentOf(timers: readonly Timer[], now: number): Urgent | null {
  const found = pickUrgent(timers, now);
  return found && { clock: found.timer.clock, ruleId: found.timer.ruleId, reason: found.reason };
}

/** The timer a view shows as the one that matters at its own `now`. */
export const urgentTimer = (assessment: { timers: readonly Timer[] }, now: number): Timer | undefined =>
  pickUrgent(assessment.timers, now)?.timer;
