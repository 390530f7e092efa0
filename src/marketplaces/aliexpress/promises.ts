// The promises a 2026 AliExpress page prints, each a page clock: the delivery guarantee (a coupon
// when the parcel is late), a refund if it is not delivered, the free-return window, the return/refund
// window after confirming receipt and the dispute window after completion. The page's own dates and
// day counts are the clock; nothing here is a rule of thumb.
import type { ClockId, EventName, PageClock } from '../../rules/model';
import { addToIso, DAY, wallTimeToIso, type WallTime } from '../../lib/time';
import { parseDate, readPromise } from '../common/dates';
import { findLabelled } from '../common/labels';
import { escapeRegExp, isNonContent, normalise, SHOW_TEXT, textKey } from '../common/text';
import type { Events } from '../common/snapshot';
import {
  ESTIMATED_DELIVERY_LABELS, FREE_RETURN_MARKS, GUARANTEE_BEFORE, GUARANTEE_UNDATED, REFUND_IF_NO_DELIVERY_LABELS, WINDOWS,
} from './words';

const MAX_LINE = 300; // longer is a whole section, not the promise's sentence
const DATE_SPAN = 40; // a promise's date follows its words closely

const source = (phrase: string) => escapeRegExp(normalise(phrase)).replace(/ /g, '\\s+');

/** What a window counts from, as events: the first one the order has (confirming receipt completes an AliExpress order). */
const ANCHORS: Readonly<Record<keyof typeof WINDOWS, { clock: ClockId; from: readonly EventName[] }>> = {
  afterDelivery: { clock: 'free-return', from: ['deliveredAt'] },
  afterReceipt: { clock: 'return-after-receipt', from: ['receivedAt', 'completedAt'] },
  afterPlaced: { clock: 'dispute-after-completion', from: ['placedAt'] },
};

type Pattern = { trigger: RegExp; full: RegExp };

// "within {n} days after delivery": the words after the number find the text node, the whole phrase
// (number included) is then matched on the smallest element holding it.
function windowPattern(phrases: readonly string[]): Pattern {
  const parts = phrases.map((p) => p.split('{n}').map(source) as [string, string]);
  return {
    trigger: new RegExp(parts.map(([, after]) => after).join('|'), 'iu'),
    full: new RegExp(parts.map(([before, after]) => `${before}\\s*(\\d{1,3})\\s*${after}`).join('|'), 'iu'),
  };
}

const WINDOW_PATTERNS = Object.fromEntries(
  Object.entries(WINDOWS).map(([kind, phrases]) => [kind, windowPattern(phrases)]),
) as Record<keyof typeof WINDOWS, Pattern>;
const GUARANTEE = new RegExp(`(?:${GUARANTEE_BEFORE.map(source).join('|')})\\s*`, 'iu');

type Found = { match: RegExpExecArray; line: string };
// Any phrase's trigger: one walk of an order's text nodes finds every candidate for every phrase.
const ANY_TRIGGER = new RegExp([GUARANTEE, ...Object.values(WINDOW_PATTERNS).map((p) => p.trigger)].map((r) => r.source).join('|'), 'iu');

/** One walk of root's visible text: all of it (for marks found anywhere), and the nodes a phrase may start in. */
function scan(root: Element): { text: string; candidates: Text[] } {
  const parts: string[] = [];
  const candidates: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isNonContent(node.parentElement)) continue;
    const data = node.textContent ?? '';
    parts.push(data);
    if (ANY_TRIGGER.test(data)) candidates.push(node as Text);
  }
  return { text: textKey(parts.join(' ')), candidates };
}

/**
 * Every element text under root where `full` matches, found from candidate text nodes matching `trigger`
 * and climbing to the smallest element (at most a line long) that holds the whole phrase. One hit per line.
 */
function findPhrases(root: Element, candidates: Text[], trigger: RegExp, full: (line: string) => RegExpExecArray | null): Found[] {
  const found: Found[] = [];
  const lines = new Set<Element>();
  for (const node of candidates) {
    if (!trigger.test(node.textContent ?? '')) continue;
    for (let el = node.parentElement; el; el = el === root ? null : el.parentElement) {
      const line = normalise(el.textContent ?? '');
      if (line.length > MAX_LINE) break;
      const match = full(line);
      if (!match) continue;
      if (!lines.has(el)) found.push({ match, line });
      lines.add(el);
      break;
    }
  }
  return found;
}

/** The end of a printed day in platform time: the first instant after it (the day itself is still on time). */
function afterDay(wall: WallTime, zone: string): string {
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  return wallTimeToIso({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }, zone);
}

export type Promises = { clocks: PageClock[]; freeReturn: boolean };

export function readPromises(root: Element, when: Events, now: Date, zone: string, ref: string, problems: string[]): Promises {
  const clocks: PageClock[] = [];
  const push = (clock: ClockId, endsAt: string, text: string) => clocks.push({ clock, endsAt, text });

  // "If delivered after Aug 3, 2026 you can collect a R$5 coupon": late from the day after.
  const { text, candidates } = scan(root);
  for (const { match, line } of findPhrases(root, candidates, GUARANTEE, (l) => GUARANTEE.exec(l))) {
    // A promise's date carries its year; a yearless one cannot be placed (it may be next year's).
    const date = parseDate(line.slice(match.index + match[0].length, match.index + match[0].length + DATE_SPAN));
    if (date) push('delivery-guarantee', afterDay(date.wall, zone), line);
    else problems.push(`${ref}: delivery guarantee date not understood`);
  }
  // "R$5 coupon if delayed" with no date of its own: it hangs on the estimated delivery date.
  const undated = GUARANTEE_UNDATED.some((p) => text.includes(p));
  const guaranteeLine = (t: string) => GUARANTEE_UNDATED.find((p) => t.includes(p)) ?? '';
  if (undated && !clocks.some((c) => c.clock === 'delivery-guarantee')) {
    const estimated = findLabelled(root, ESTIMATED_DELIVERY_LABELS, 'optional')[0];
    const date = estimated && parseDate(estimated.value);
    if (estimated && !date) problems.push(`${ref}: estimated delivery date not understood`);
    else if (estimated && date) push('delivery-guarantee', afterDay(date.wall, zone), `${estimated.line} · ${guaranteeLine(text)}`);
  }
  // "Refund if no delivery before Sep 4, 2026": refunded from the start of that day.
  // A label whose words are nowhere in the order's text cannot be found: skip the walk (most orders).
  const refundLines = mentions(text, REFUND_IF_NO_DELIVERY_LABELS) ? findLabelled(root, REFUND_IF_NO_DELIVERY_LABELS, 'optional') : [];
  for (const { value, line } of refundLines) {
    // Refunded from the start of the printed day ("before Sep 4": Sep 4 itself is late), or from its time
    // when one is printed. A yearless date is dated on the order's time line (paid, else placed).
    const date = readPromise(value, zone, when.events.paidAt ?? when.events.placedAt, now);
    if (!date) problems.push(`${ref}: refund-if-no-delivery date not understood`);
    else {
      if (date.fromPresent) problems.push(`${ref}: refund-if-no-delivery date has no year and the page gives no order date; dated near today`);
      push('refund-if-not-delivered', date.iso, line);
    }
  }
  // "within 7 days of confirming receipt": the window counts from the event the page names.
  let freeReturn = FREE_RETURN_MARKS.some((m) => text.includes(m));
  for (const [kind, pattern] of Object.entries(WINDOW_PATTERNS) as [keyof typeof WINDOWS, Pattern][]) {
    for (const { match, line } of findPhrases(root, candidates, pattern.trigger, (l) => pattern.full.exec(l))) {
      if (kind === 'afterDelivery') freeReturn = true;
      const days = Number(match.slice(1).find((g) => g !== undefined));
      const anchor = ANCHORS[kind].from.map((e) => when.events[e]).find((iso) => iso !== undefined);
      // Not yet delivered, not yet confirmed: the window has not started, so there is no clock yet.
      if (anchor && days > 0) push(ANCHORS[kind].clock, addToIso(anchor, days * DAY), line);
    }
  }
  return { clocks: earliestEach(clocks), freeReturn };
}

const mentions = (text: string, labels: ReadonlyMap<string, unknown>) => [...labels.keys()].some((k) => text.includes(k));

/** One clock per id, the earliest: two lines of one page giving two dates must not make it late. */
function earliestEach(clocks: PageClock[]): PageClock[] {
  const best = new Map<ClockId, PageClock>();
  for (const c of clocks) {
    const seen = best.get(c.clock);
    if (!seen || Date.parse(c.endsAt) < Date.parse(seen.endsAt)) best.set(c.clock, c);
  }
  return [...best.values()];
}
