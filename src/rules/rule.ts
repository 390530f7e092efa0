// The row format of every rule table. A marketplace's clocks are data in this shape, so the engine stays
// small and a new marketplace is a new table, not new code (docs/architecture.md, "Adding a clock").
import type { ActionId, Actor, ClockId, Confidence, EventName, Marketplace, NoteId, Stage } from './model';
import type { ALT_IDS, BASES, CITE_IDS, FIGURES } from './vocabulary';

export type Basis = (typeof BASES)[number];
export type Figure = (typeof FIGURES)[number];
type CiteId = (typeof CITE_IDS)[number];
type AltId = (typeof ALT_IDS)[number];
import { DAY, HOUR } from '../lib/time';

/** A span of time as the sources state it; days are fixed 24 h spans counted in the start event's offset. */
export type Duration = { readonly days?: number; readonly hours?: number; readonly minutes?: number };

export function durationMs(d: Duration): number {
  return (d.days ?? 0) * DAY + (d.hours ?? 0) * HOUR + (d.minutes ?? 0) * 60_000;
}

/**
 * A page button's text keyed by the page's language ('en', 'pl', 'ru', 'es', 'zh' …), each with the
 * variants seen or expected. Tables build these from one vocabulary per language, so a wrong
 * translation is corrected in one place.
 */
export type Labels = Readonly<Record<string, readonly string[]>>;

/** What happens by itself when a clock runs out; the UI has a sentence for each (ui/sentences.ts). */
export const ON_EXPIRY = [
  'order-closes', 'order-closes-refunded', 'payment-verified', 'order-completes', 'receipt-confirmed',
  'refund-granted', 'request-closes', 'request-closes-seller-paid', 'right-lapses', 'platform-steps-in',
  'refund-overdue', 'request-approved', 'buyer-may-escalate', 'seller-late',
  // The AliExpress page's own promises: a late parcel opens a coupon claim; an undelivered one is refunded.
  'coupon-claimable', 'refund-if-undelivered',
] as const;
type OnExpiry = (typeof ON_EXPIRY)[number];

/**
 * One thing the buyer can do while a clock runs. A row lists its steps in order of preference; steps
 * with `leftAtMost` are the urgent ones and replace the others once that little time is left.
 */
export type NextStep = {
  readonly action: ActionId;
  /** The button to press; absent when nothing on the page needs pressing (e.g. waiting for a check). */
  readonly labels?: Labels;
  /** Offered only when at most this much time is left on the clock. */
  readonly leftAtMost?: Duration;
};

/**
 * Whether a row applies at all — its page clock included — judged on the order's events, so rows that
 * share a clock can split one rule's cases between them (a refund asked before or after shipment; a
 * parcel signed for early or late). Every condition of a row must hold.
 */
export type Condition =
  /** The event is known. */
  | { readonly has: EventName }
  /** The event is not known (has not happened, or the page does not say). */
  | { readonly lacks: EventName }
  /**
   * The time from the first event to the second — or, while the second is not known, to now (the gap
   * so far) — is within the bounds. Without the first event the condition does not hold.
   */
  | { readonly gap: readonly [EventName, EventName]; readonly atMost?: Duration; readonly moreThan?: Duration }
  /** Unless the page says the goods lack the mark (七天退换): a right the page is silent about still runs. */
  | { readonly unlessUnmarked: 'noReasonReturn' }
  /** Only when the page marks the goods so: a promise the page is silent about does not run. */
  | { readonly marked: 'freeReturn' };

/**
 * Events a stage says have happened, whether or not the page dates them: a parcel in 'delivered' was
 * signed for. Where such an event has no date the engine weighs every date it could have had.
 */
export const STAGE_IMPLIES: Partial<Record<Stage, readonly EventName[]>> = {
  delivered: ['shippedAt', 'deliveredAt'],
};

type RowBase = {
  /** Stable id, '<market prefix>-<clock>' (e.g. 'ae-cancel-response'); timers carry it as ruleId. */
  readonly id: string;
  /** A short English name for documents and the sidebar ("cancel response"). */
  readonly title: string;
  /** Usually one; Taobao rows also cover Tmall. */
  readonly marketplaces: readonly Marketplace[];
  /** The stages the row applies in; outside them it does nothing. */
  readonly stages: readonly Stage[];
  /** The event that starts the count, or fallbacks in order: the first one the order has is used. */
  readonly start: EventName | readonly EventName[];
  /** Events that must all be present for the row to apply by arithmetic (a page clock needs none). */
  readonly requires?: readonly EventName[];
  /** Conditions that must all hold for the row to apply at all, page clock included. */
  readonly when?: readonly Condition[];
  /**
   * Count from 00:00 of the day after the start event, in the start event's offset, as rules worded
   * "N days from the day after signing" do.
   */
  readonly fromNextDay?: boolean;
  /** Where the figure comes from, as text a buyer can follow up (docs/rules.md prints it). */
  readonly source: string;
  /** 'page' is reserved for timers read from the page itself. */
  readonly confidence: Exclude<Confidence, 'page'>;
  /**
   * The source as the buyer is told it, where the confidence does not say it: a figure from the
   * product brief is a buyer guide's where a guide states it, else our estimate.
   */
  readonly basis?: Exclude<Basis, 'page'>;
  /** The source as the buyer reads it, in their language (messages cite_<id>), in this order. */
  readonly cite: readonly CiteId[];
  /** Other published figures, shown as "sources differ". */
  readonly alternatives?: readonly Alternative[];
};

/**
 * Another source's figure. `text` is the English for docs/rules.md and the timer ('48 h (requests
 * since Mar 2020)'); the buyer reads message alt_<says> with the spans written by Intl in their
 * language, so every plural form is the language's own ("48 godzin", "3–20 dni").
 */
export type Alternative = {
  readonly text: string;
  readonly says: AltId;
  readonly spans?: readonly Duration[];
  /** The two spans are one range ("3–20 days"), written as $1. */
  readonly range?: true;
};

export const alt = (text: string, says: AltId, ...spans: Duration[]): Alternative => ({ text, says, ...(spans.length ? { spans } : {}) });
export const altRange = (text: string, says: AltId, from: Duration, to: Duration): Alternative => ({ text, says, spans: [from, to], range: true });

/**
 * A deadline. The page's own countdown for `clock` wins; otherwise start + duration. Without a
 * `duration` the row is page-clock-only: it never computes a deadline of its own.
 */
export type ClockRule = RowBase & {
  readonly kind: 'clock';
  readonly clock: ClockId;
  readonly duration?: Duration;
  /** Who must act before it ends. */
  readonly actor: Actor;
  readonly onExpiry: OnExpiry;
  readonly next: readonly NextStep[];
};

/**
 * Not a deadline: an action the marketplace does not offer until `duration` after the start event
 * (AliExpress: a dispute opens on day 11 after shipment at the earliest). While it holds, next steps
 * with that action are skipped — unless the page already shows the step's button.
 */
export type EarliestRule = RowBase & {
  readonly kind: 'earliest';
  readonly duration: Duration;
  readonly suppresses: readonly ActionId[];
};

/**
 * Not a deadline: a guide's path at a stage (seller refuses the return → platform service → appeal →
 * complaint) and what to keep in mind there. A guide that gives no figure gets no clock, only steps.
 */
export type PathRule = Omit<RowBase, 'start'> & {
  readonly kind: 'path';
  readonly start?: undefined;
  readonly steps: readonly NextStep[];
  readonly notes?: readonly NoteId[];
};

export type Rule = ClockRule | EarliestRule | PathRule;

export const startEvents = (rule: Rule): readonly EventName[] =>
  rule.start === undefined ? [] : typeof rule.start === 'string' ? [rule.start] : rule.start;

/** All of a step's labels, in the table's language order (English first by convention). */
export const allLabels = (labels: Labels | undefined): string[] => (labels ? Object.values(labels).flat() : []);

/** The buyer-facing source of a row's figure: as set, else from its confidence. */
export function basisOf(rule: Rule): Exclude<Basis, 'page'> {
  if (rule.basis) return rule.basis;
  return rule.confidence === 'official' ? 'marketplace' : rule.confidence === 'secondary' ? 'guide' : 'estimate';
}

/** A row's figure: exact where the marketplace states one figure, else an estimate. */
export function figureOf(rule: Rule): Figure {
  return basisOf(rule) === 'marketplace' && !rule.alternatives?.length ? 'exact' : 'estimate';
}
