// Every upcoming deadline as an iCalendar file, built with ts-ics (no hand-written ICS). The deadlines
// are the worker's (assess); this only formats them. One event per running timer, ending at its deadline.
import { generateIcsCalendar, type IcsCalendar, type IcsEvent } from 'ts-ics';
import type { OrderView } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { basisLine, boundLine, differLine, expiryText } from '../ui/sentences';

const EVENT_MINUTES = 15;

export function upcomingDeadlines(orders: OrderView[], now: number) {
  return orders.flatMap((order) => order.assessment.timers
    .filter((timer) => isoToMs(timer.endsAt) > now)
    .map((timer) => ({ order, timer })));
}

export function buildIcs(orders: OrderView[], now: number, t: Translate, leadMinutes: readonly number[]): string {
  const events: IcsEvent[] = upcomingDeadlines(orders, now).map(({ order, timer }) => {
    const ends = isoToMs(timer.endsAt);
    const name = order.title ?? t('orderNumber', order.orderId);
    return {
      uid: `${order.key}|${timer.ruleId}@buyer-clock`,
      stamp: { date: new Date(now) },
      // A deadline is an instant; a short event that ends on it shows in every calendar.
      start: { date: new Date(ends - EVENT_MINUTES * 60_000) },
      end: { date: new Date(ends) },
      summary: `${t(keyFor('market', order.marketplace))} · ${name}: ${t(keyFor('task', timer.clock))}`,
      description: [
        `${t(keyFor('actor', timer.actor))} — ${t(keyFor('task', timer.clock))}. ${t('ics_then', expiryText(timer.onExpiry, t))}`,
        boundLine(timer, t), basisLine(timer, order.rules[timer.ruleId], t, order.marketplace), differLine(timer, t),
      ].filter(Boolean).join('\n'),
      ...(order.url ? { url: order.url } : {}),
      alarms: leadMinutes.map((minutes) => ({
        action: 'DISPLAY',
        description: name,
        trigger: { type: 'relative' as const, value: { before: true, minutes: minutes - EVENT_MINUTES } },
      })),
    };
  });
  const calendar: IcsCalendar = { version: '2.0', prodId: '-//Buyer Clock//Deadlines//EN', events };
  return generateIcsCalendar(calendar);
}
