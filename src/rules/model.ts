// The vocabulary shared by the readers and the engine (docs/architecture.md), as zod schemas and their types.
// zod/mini keeps the worker small and has no eval probe (MV3's CSP forbids eval). Content-script code
// imports only types from here, so no zod reaches a marketplace page.
import * as z from 'zod/mini';

import {
  MARKETPLACES, PAGE_KINDS, STAGES, EVENT_NAMES, CLOCK_IDS, ACTION_IDS, ACTORS, CONFIDENCES, URGENT_REASONS, NOTE_IDS,
} from './vocabulary';

export {
  MARKETPLACES, STAGES, EVENT_NAMES, CLOCK_IDS, ACTION_IDS, ACTORS, CONFIDENCES, NOTE_IDS,
};

export const Marketplace = z.enum(MARKETPLACES);
export const PageKind = z.enum(PAGE_KINDS);
export const Stage = z.enum(STAGES);
export const EventName = z.enum(EVENT_NAMES);
export const ClockId = z.enum(CLOCK_IDS);
export const ActionId = z.enum(ACTION_IDS);
export const Actor = z.enum(ACTORS);
export const Confidence = z.enum(CONFIDENCES);
export const NoteId = z.enum(NOTE_IDS);

/** An instant with an explicit offset, e.g. 2026-11-08T03:44:47+08:00. */
export const IsoTime = z.iso.datetime({ offset: true });

// Bounds keep a hostile or broken page from filling the store through one message.
const shortText = z.string().check(z.maxLength(500));

export const PageClock = z.object({
  clock: ClockId, endsAt: IsoTime, text: shortText,
  /** Set by the worker when it keeps the clock: when it was read, and from which kind of page. Readers leave them out. */
  readAt: z.optional(IsoTime),
  page: z.optional(PageKind),
});

/**
 * A clock the page says is stopped instead of counting it down (Taobao and Tmall while a refund is open:
 * "收货确认时间暂停计时"). `text` quotes the page. The worker adds when it was read and from which page,
 * when it was first seen stopped (`since`), the end the clock counted to when it was last seen running
 * (`ranTo`), so the time left when it stopped can be told, and when it learnt the stop is over (`over`:
 * the refund ended on its own page; the clock runs again from no earlier than `readAt`). Readers leave
 * those out.
 */
export const PausedClock = z.object({
  clock: ClockId, text: shortText,
  readAt: z.optional(IsoTime),
  page: z.optional(PageKind),
  since: z.optional(IsoTime),
  ranTo: z.optional(IsoTime),
  over: z.optional(IsoTime),
});

export const OrderSnapshot = z.object({
  marketplace: Marketplace,
  orderId: z.string().check(z.minLength(1), z.maxLength(64)),
  stage: Stage,
  statusText: shortText,
  events: z.partialRecord(EventName, IsoTime),
  approximate: z.optional(z.array(EventName).check(z.maxLength(EVENT_NAMES.length))),
  pageClocks: z.array(PageClock).check(z.maxLength(20)),
  buttons: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(40)),
  title: z.optional(shortText),
  total: z.optional(z.object({ amount: z.string().check(z.maxLength(32)), currency: z.string().check(z.maxLength(8)) })),
  url: z.optional(z.string().check(z.maxLength(2000))),
  /** Whether the goods carry the 7-day no-reason-return mark (七天退换) when the page says; absent when it does not. */
  noReasonReturn: z.optional(z.boolean()),
  /** True when the page marks the order's goods for a free return (AliExpress "Free returns"); absent otherwise. */
  freeReturn: z.optional(z.literal(true)),
  /** Clocks the page says are stopped (PausedClock); absent when it says none is. */
  paused: z.optional(z.array(PausedClock).check(z.maxLength(5))),
});

export const PageReading = z.object({
  marketplace: Marketplace,
  kind: PageKind,
  url: z.string().check(z.maxLength(4000)),
  orders: z.array(OrderSnapshot).check(z.maxLength(200)),
  problems: z.array(shortText).check(z.maxLength(50)),
});

export const Timer = z.object({
  clock: ClockId,
  ruleId: z.string(),
  actor: Actor,
  endsAt: IsoTime,
  from: z.enum(['page', 'rule']),
  onExpiry: z.string(),
  confidence: Confidence,
  alternatives: z.optional(z.array(z.string())),
  /** When the page's own date wins over the rule's by a day or more: the rule's end, so the sidebar can say so. */
  ruleEndsAt: z.optional(IsoTime),
  /**
   * The deadline is the earliest the facts allow, not the one certain date: `event` is known only to
   * the day ('day-only'), or the stage says it happened but the page gives no date ('no-date').
   */
  earliest: z.optional(z.object({ event: EventName, why: z.enum(['no-date', 'day-only']) })),
  /**
   * Counted again after the page said the clock was paused (a refund open): the time it had left then,
   * from `since`, the last time the page was seen saying so — the earliest the pause can have ended, so
   * the deadline is the earliest it can be.
   */
  resumed: z.optional(z.object({ since: IsoTime })),
});

/**
 * A clock that does not run now because the page says it is stopped: its row, the page's words, and the
 * time it will have left when it runs again (`leftMs`, absent when neither the page nor a rule tells),
 * counted to the end the page's countdown showed (`from` 'page') or the row's arithmetic ('rule').
 * `earliest`: when the stop began is not known exactly, so `leftMs` is the least it can be, and the
 * deadline it gives when the clock runs again is the earliest it can be.
 */
export const PausedTimer = z.object({
  clock: ClockId,
  ruleId: z.string(),
  actor: Actor,
  onExpiry: z.string(),
  text: z.string(),
  leftMs: z.optional(z.number()),
  from: z.optional(z.enum(['page', 'rule'])),
  earliest: z.optional(z.literal(true)),
});

export const NextAction = z.object({
  action: ActionId,
  labels: z.array(z.string()),
  deadline: z.optional(IsoTime),
});

/** One step of a guide's path, with the page's own button where it shows one. */
const PathStep = z.object({ action: ActionId, labels: z.array(z.string()) });

export const Urgent = z.object({ clock: ClockId, ruleId: z.string(), reason: z.enum(URGENT_REASONS) });

export const Assessment = z.object({
  stage: Stage,
  timers: z.array(Timer),
  next: z.nullable(NextAction),
  /** The clock that matters now and why (rules/urgency.ts); optional only for records from older versions. */
  urgent: z.optional(z.nullable(Urgent)),
  /** A guide's steps for this stage in order, where it gives them (most need no clock of their own). */
  path: z.optional(z.array(PathStep)),
  /** What the guides say to keep in mind at this stage. */
  notes: z.optional(z.array(NoteId)),
  /** Clocks the page says are stopped (a refund open): shown as paused, never counted down. */
  paused: z.optional(z.array(PausedTimer)),
});

export type Marketplace = z.infer<typeof Marketplace>;
export type PageKind = z.infer<typeof PageKind>;
export type Stage = z.infer<typeof Stage>;
export type EventName = z.infer<typeof EventName>;
export type ClockId = z.infer<typeof ClockId>;
export type ActionId = z.infer<typeof ActionId>;
export type Actor = z.infer<typeof Actor>;
export type Confidence = z.infer<typeof Confidence>;
export type PageClock = z.infer<typeof PageClock>;
export type PausedClock = z.infer<typeof PausedClock>;
export type PausedTimer = z.infer<typeof PausedTimer>;
export type OrderSnapshot = z.infer<typeof OrderSnapshot>;
export type PageReading = z.infer<typeof PageReading>;
export type Timer = z.infer<typeof Timer>;
export type NextAction = z.infer<typeof NextAction>;
export type Urgent = z.infer<typeof Urgent>;
type PathStep = z.infer<typeof PathStep>;
export type NoteId = z.infer<typeof NoteId>;
export type Assessment = z.infer<typeof Assessment>;
