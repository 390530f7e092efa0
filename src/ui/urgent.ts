// Which of an order's clocks leads, and how urgent a span is, for the views that hold an order (sidebar,
// pill, chip, popup): the engine's one rule (rules/urgency.ts), which the badge and the CSV ask directly.
import type { OrderView } from '../lib/messages';
import type { Timer } from '../rules/model';
import { DAY, HOUR } from '../lib/time';
import { FINISHED } from '../rules/vocabulary';
import { urgentTimer as urgentOfTimers } from '../rules/urgency';

/** The clock that matters most now: the engine's one urgency rule (rules/urgency.ts), at the view's own now. */
export function urgentTimer(order: Pick<OrderView, 'assessment'>, now: number): Timer | undefined {
  return urgentOfTimers(order.assessment, now);
}

export type Urgency = 'u24' | 'u72' | 'later' | 'past';

/** Colour bands by time left: a day or less, three days or less, later; run out. */
export function urgencyOf(leftMs: number): Urgency {
  if (leftMs < 0) return 'past';
  if (leftMs <= 24 * HOUR) return 'u24';
  if (leftMs <= 3 * DAY) return 'u72';
  return 'later';
}


/**
 * What to say of an order with no running clock: none runs (finished), the page says its clock is
 * paused (a refund open), we lost track of them, or not known yet.
 */
export function noClockState(order: Pick<OrderView, 'stage' | 'lastClocks' | 'assessment'>): 'finished' | 'paused' | 'lost' | 'unknown' {
  if (FINISHED.includes(order.stage)) return 'finished';
  if (order.assessment.paused?.length) return 'paused';
  return order.lastClocks?.timers.length ? 'lost' : 'unknown';
}
