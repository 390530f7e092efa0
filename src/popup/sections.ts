// Which section of the popup an order goes in. "Act now": any clock of the buyer's ending within 48
// hours, or overdue for less than 7 days. (The toolbar badge, background/badge.ts, counts by the order's
// one urgent clock with the same 48-hour and 7-day windows, so an order whose sooner clock is the
// seller's is in "Act now" without being counted there.)
import type { OrderView } from '../lib/messages';
import { HOUR, isoToMs } from '../lib/time';
import { FINISHED } from '../rules/vocabulary';

const ACT_NOW_MS = 48 * HOUR;
const PAST_AFTER_MS = 7 * 24 * HOUR;

export const SECTIONS = ['act', 'waiting', 'later', 'past'] as const;
export type Section = (typeof SECTIONS)[number];

export function sectionOf(order: OrderView, now: number): Section {
  const timers = order.assessment.timers.map((tm) => ({ tm, ends: isoToMs(tm.endsAt) }));
  if (timers.some(({ tm, ends }) => tm.actor === 'buyer' && ends <= now + ACT_NOW_MS && ends > now - PAST_AFTER_MS)) return 'act';
  const running = timers.filter(({ ends }) => ends >= now);
  if (running.some(({ tm }) => tm.actor === 'buyer')) return 'later';
  if (running.length) return 'waiting';
  // A seller's or the marketplace's clock that ran out lately: its automatic outcome is still to come.
  if (timers.some(({ tm, ends }) => tm.actor !== 'buyer' && ends > now - PAST_AFTER_MS)) return 'waiting';
  // No clock known on an open order: it needs a look, not forgetting.
  if (timers.length === 0 && !FINISHED.includes(order.stage)) return 'later';
  return 'past';
}
