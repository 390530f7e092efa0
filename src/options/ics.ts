// Every upcoming deadline as an iCalendar file, built with ts-ics (no hand-written ICS). The deadlines
// are the worker's (assess); this only formats them. One event per running timer, ending at its deadline.
import { generateIcsCalendar, type IcsCalendar, type IcsEvent } from 'ts-ics';
import type { OrderView } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { basisLine, boundLine, differLine, expiryText } from '../ui/sentences';

const EVENT_MINUTES = 15;

/**
 * Text as one line with no control characters. ts-ics escapes neither an event's UID nor an alarm's
 * description, and a title or an imported order may carry CR/LF: one such line break would start a
 * calendar property (or event) of the text's own.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
const plainText = (text: string) => text.replace(CONTROL, ' ').trim();

/** 64 bits of FNV-1a over the text, as hex: a UID the order's data cannot shape, stable across exports. */
export function hashedUid(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ (a >>> 16), 0x01000193) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}@buyer-clock`;
}

function upcomingDeadlines(orders: OrderView[], now: number) {
  return orders.flatMap((order) => order.assessment.timers
    .filter((timer) => isoToMs(timer.endsAt) > now)
    .map((timer) => ({ order, timer })));
}

export function buildIcs(orders: OrderView[], now: number, t: Translate, leadMinutes: readonly number[]): string {
  const events: IcsEvent[] = upcomingDeadlines(orders, now).map(({ order, timer }) => {
    const ends = isoToMs(timer.endsAt);
    const name = plainText(order.title ?? t('orderNumber', order.orderId));
    return {
      uid: hashedUid(`${order.key}|${timer.ruleId}`),
      stamp: { date: new Date(now) },
      // A deadline is an instant; a short event that ends on it shows in every calendar.
      start: { date: new Date(ends - EVENT_MINUTES * 60_000) },
      end: { date: new Date(ends) },
      summary: plainText(`${t(keyFor('market', order.marketplace))} · ${name}: ${t(keyFor('task', timer.clock))}`),
      // One line: a line break of the order's own text would start a calendar property of its own.
      description: plainText([
        `${t(keyFor('actor', timer.actor))} — ${t(keyFor('task', timer.clock))}. ${t('ics_then', expiryText(timer.onExpiry, t))}`,
        boundLine(timer, t), basisLine(timer, order.rules[timer.ruleId], t, order.marketplace), differLine(timer, t, order.rules[timer.ruleId]),
      ].filter(Boolean).join(' · ')),
      ...(order.url ? { url: plainText(order.url) } : {}),
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
