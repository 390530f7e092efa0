// The planner: given the tracked orders' timers, the buyer's settings, what was already sent and the
// time, it says which reminders go out now and when to look again. Pure — no browser, no clock of its
// own — so every delivery rule (exactly once, sleep, quiet hours, snooze) is tested on a fake clock.
import type { Marketplace, NextAction, Timer } from '../rules/model';
import { handsOver, pickUrgent } from '../rules/urgency';
import { isoToMs, msToIso } from '../lib/time';
import { marketplaceOn, type SettingsRecord } from '../lib/settings';
import type { SentLog } from '../lib/sent-log';
import { deliverAt, inQuiet, quietEnd } from './quiet';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Two readings of one countdown differ by minutes; an extension moves a deadline by days. */
const SAME_DEADLINE_MS = 12 * HOUR;
/** Sent-log entries are kept this long after their deadline, then dropped. */
const KEEP_MS = 30 * 24 * HOUR;
/** More reminders than this at once become one summary notice instead of a burst. */
const MAX_AT_ONCE = 3;

/**
 * Outcomes that cannot be undone: the buyer hears of these even when someone else must act. A seller's
 * clock that ends in the buyer's favour (refund granted, order closed and refunded) needs no reminder.
 */
const IRREVERSIBLE = new Set(['order-closes', 'order-completes', 'receipt-confirmed', 'request-closes', 'request-closes-seller-paid', 'right-lapses']);
/**
 * Outcomes that open something for the buyer when the clock runs out (a late parcel's coupon, an
 * undelivered parcel's refund): the buyer hears of them before, and once more at that moment.
 */
const OPENS = new Set(['coupon-claimable', 'refund-if-undelivered']);

/** next: what the engine says to do now, named in a 'turn' reminder. */
export type PlanOrder = { key: string; marketplace: Marketplace; orderId: string; title?: string; timers: Timer[]; next?: NextAction | null };
/**
 * 'turn': someone else's clock ran out and the move is now the buyer's (rules/urgency.ts, handsOver);
 * 'opens': a clock whose end opens something for the buyer (a coupon claim) reached it.
 */
export type Reminder = { id: string; kind: 'lead' | 'snooze' | 'missed' | 'turn' | 'opens'; key: string; timer: Timer; leadMinutes?: number };
export type Notice =
  | { kind: 'one'; reminder: Reminder }
  | { kind: 'missed'; reminders: Reminder[] }
  | { kind: 'more'; reminders: Reminder[] };
export type PlanInput = { orders: PlanOrder[]; settings: SettingsRecord; log: SentLog; now: number; zone: string };
export type Plan = { notices: Notice[]; log: SentLog; nextAt: number | null };

export const timerId = (key: string, timer: Timer) => `${key}|${timer.ruleId}`;

function remindable(timer: Timer): boolean {
  return timer.actor === 'buyer' || IRREVERSIBLE.has(timer.onExpiry) || OPENS.has(timer.onExpiry);
}

/** A hand-over older than this when first seen (a page read long after) is shown, not announced. */
const TURN_FRESH_MS = 7 * 24 * HOUR;

export function plan({ orders, settings, log, now, zone }: PlanInput): Plan {
  const sent = { ...log.sent };
  const snoozed: Record<string, string> = {};
  const lastRun = log.lastRun ? isoToMs(log.lastRun) : now;
  const quiet = settings.quiet;
  const leads = [...settings.leadMinutes].sort((a, b) => a - b); // shortest (latest) first
  const due: Reminder[] = [];
  const missed: Reminder[] = [];
  let nextAt = Infinity;
  const wake = (ms: number) => (nextAt = Math.min(nextAt, ms));

  const sentFor = (id: string, ends: number) => {
    const at = sent[id];
    return at !== undefined && Math.abs(isoToMs(at) - ends) <= SAME_DEADLINE_MS;
  };

  for (const order of orders) {
    if (!marketplaceOn(settings, order.marketplace)) continue;
    const dueBefore = due.length;
    for (const timer of order.timers) {
      const ends = isoToMs(timer.endsAt);
      if (Number.isNaN(ends)) continue;
      if (handsOver(timer)) {
        // The seller's time is up and the guides say to act now: one reminder at that moment.
        const turnId = `${timerId(order.key, timer)}|turn`;
        if (ends > now) wake(deliverAt(ends, ends + TURN_FRESH_MS, quiet, zone));
        else if (ends > now - TURN_FRESH_MS && !sentFor(turnId, ends)) {
          if (inQuiet(now, quiet, zone)) wake(quietEnd(now, quiet, zone));
          else {
            due.push({ id: turnId, kind: 'turn', key: order.key, timer });
            sent[turnId] = timer.endsAt;
          }
        }
        continue;
      }
      if (!remindable(timer)) continue;
      const tid = timerId(order.key, timer);
      const leadId = (lead: number) => `${tid}|lead:${lead}`;
      const unsent = leads.filter((lead) => !sentFor(leadId(lead), ends));
      const pending = unsent.filter((lead) => ends - lead * MINUTE <= now);
      const markPending = () => pending.forEach((lead) => (sent[leadId(lead)] = timer.endsAt));
      const base = { key: order.key, timer };

      const opensId = `${tid}|opens`;
      if (OPENS.has(timer.onExpiry) && ends <= now && now - ends < KEEP_MS && !sentFor(opensId, ends)) {
        // The moment it opens is news in itself, even long after (the order seen for the first time):
        // once, held to the end of quiet hours. Lead reminders it passed are not repeated.
        if (inQuiet(now, quiet, zone)) wake(quietEnd(now, quiet, zone));
        else {
          due.push({ ...base, id: opensId, kind: 'opens' });
          sent[opensId] = timer.endsAt;
        }
        markPending();
        continue;
      }
      if (OPENS.has(timer.onExpiry) && ends > now) wake(deliverAt(ends, Infinity, quiet, zone));

      if (ends <= now) {
        // Passed while no one was looking (asleep, browser closed): one "missed" notice, never the backlog.
        const missedId = `${tid}|missed`;
        if (pending.length && ends > lastRun && !sentFor(missedId, ends)) {
          missed.push({ ...base, id: missedId, kind: 'missed' });
          sent[missedId] = timer.endsAt;
        }
        markPending();
        continue;
      }

      const held = inQuiet(now, quiet, zone) && quietEnd(now, quiet, zone) < ends;
      const snoozeUntil = log.snoozed[tid] ? isoToMs(log.snoozed[tid]) : undefined;
      if (snoozeUntil !== undefined && snoozeUntil > now) {
        // "Remind me tomorrow": lead reminders that come due before then are the ones the buyer put off.
        snoozed[tid] = log.snoozed[tid]!;
        markPending();
        wake(deliverAt(snoozeUntil, ends, quiet, zone));
      } else if (snoozeUntil !== undefined || pending.length) {
        if (held) {
          if (snoozeUntil !== undefined) snoozed[tid] = log.snoozed[tid]!;
          wake(quietEnd(now, quiet, zone));
          continue;
        }
        // After a sleep several lead times may have passed: only the latest one is worth saying.
        const lead = pending[0];
        due.push(snoozeUntil !== undefined || lead === undefined
          ? { ...base, id: `${tid}|snooze`, kind: 'snooze' }
          : { ...base, id: leadId(lead), kind: 'lead', leadMinutes: lead });
        markPending();
      }
      for (const lead of unsent) {
        const at = ends - lead * MINUTE;
        if (at > now) wake(deliverAt(at, ends, quiet, zone));
      }
    }
    // One notice per order at a time, about the clock that matters (rules/urgency.ts); the others due
    // with it are counted as said, since the notice opens the order where all its clocks show.
    if (due.length - dueBefore > 1) {
      const urgent = pickUrgent(order.timers, now)?.timer;
      const mine = due.splice(dueBefore);
      due.push(mine.find((r) => r.timer === urgent) ?? mine[0]!);
    }
  }

  // Forget what no longer matters, so the log does not grow for ever.
  for (const [id, ends] of Object.entries(sent)) if (isoToMs(ends) < now - KEEP_MS) delete sent[id];

  due.sort((a, b) => isoToMs(a.timer.endsAt) - isoToMs(b.timer.endsAt));
  const notices: Notice[] = due.length > MAX_AT_ONCE
    ? [...due.slice(0, MAX_AT_ONCE - 1).map((r): Notice => ({ kind: 'one', reminder: r })), { kind: 'more', reminders: due.slice(MAX_AT_ONCE - 1) }]
    : due.map((r): Notice => ({ kind: 'one', reminder: r }));
  if (missed.length) notices.push({ kind: 'missed', reminders: missed });
  return {
    notices,
    log: { schema: 1, sent, snoozed, lastRun: msToIso(now) },
    nextAt: Number.isFinite(nextAt) ? nextAt : null,
  };
}

/** "Remind me tomorrow": a day from now, but never later than an hour before the deadline. */
export function snoozeUntil(timer: Timer, now: number): number {
  const ends = isoToMs(timer.endsAt);
  return Math.max(now + 15 * MINUTE, Math.min(now + 24 * HOUR, ends - HOUR));
}
