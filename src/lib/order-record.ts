// An order as the worker works with it and exports it (OrderRecord), and as storage.local keeps it
// (StoredOrder): 10,000 orders must fit the 5 MB quota of older Chrome, so the stored form drops what the
// key already says, writes the store's own clock readings as seconds and leaves empty parts out.
import * as z from 'zod/mini';
import { IsoTime, MARKETPLACES, Marketplace, OrderSnapshot, Stage, Timer } from '../rules/model';
import { isoToMs } from './time';
import { EVIDENCE_IDS } from './evidence';

export const ORDER_PREFIX = 'order:';
export const orderKey = (marketplace: string, orderId: string) => `${ORDER_PREFIX}${marketplace}:${orderId}`;
/** The marketplace an order's key names; undefined for a key that is not an order's. */
export const marketplaceOfKey = (key: string): string | undefined => /^order:([^:]+):/.exec(key)?.[1];

export const EvidenceId = z.enum(EVIDENCE_IDS);
export type EvidenceId = z.infer<typeof EvidenceId>;

/** What the buyer said about an order, as opposed to what the pages said. */
export const BuyerNotes = z.object({
  /** "I have a problem with this order": raises the guard on confirming receipt. */
  problem: z.boolean(),
  evidence: z.array(EvidenceId).check(z.maxLength(EVIDENCE_IDS.length)),
});
export type BuyerNotes = z.infer<typeof BuyerNotes>;
export const NO_NOTES: BuyerNotes = { problem: false, evidence: [] };

/**
 * A stage the order was seen in and when it was first seen in it. The status text is kept only where
 * nothing else has it and it is still needed: on the trade stage a refund started from, which the order
 * returns to when the refund closes (merge.ts). The current stage's text is the snapshot's.
 */
// Its text is a snapshot's status text, held to the same bound (an export file must not bring a longer one).
export const HistoryEntry = z.object({ stage: Stage, statusText: z.optional(z.string().check(z.maxLength(500))), at: IsoTime });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const OrderRecord = z.object({
  schema: z.literal(3),
  key: z.string(),
  marketplace: Marketplace,
  orderId: z.string(),
  snapshot: OrderSnapshot,
  firstSeen: IsoTime,
  lastSeen: IsoTime,
  /** The stages the order was seen in, oldest first; a new entry only when the stage changes. */
  history: z.array(HistoryEntry),
  buyer: BuyerNotes,
  /** The clocks last known, while an unfinished order yields none any more (merge.ts); absent otherwise. */
  lastClocks: z.optional(z.object({ at: IsoTime, timers: z.array(Timer).check(z.maxLength(20)) })),
});
export type OrderRecord = z.infer<typeof OrderRecord>;

/** Up to the last second of 9999: the years an IsoTime can write. */
const Seconds = z.int().check(z.gte(0), z.lte(253_402_300_799));
// Built from the shape rather than with z.partial, which would add its code to every extension page.
const { marketplace: _m, orderId: _o, events, pageClocks, buttons, ...snapshotRest } = OrderSnapshot.shape;

export const StoredOrder = z.object({
  schema: z.literal(3),
  /** Marketplace and order id are the key's ("order:<marketplace>:<id>"); no events, countdowns or buttons: absent. */
  snapshot: z.object({ ...snapshotRest, events: z.optional(events), pageClocks: z.optional(pageClocks), buttons: z.optional(buttons) }),
  /** Only when the history does not start at it (a v2 history cut at 100 entries, or none at all). */
  firstSeen: z.optional(Seconds),
  lastSeen: Seconds,
  /** The history as two lists of the same length, and the texts it keeps by position. */
  stages: z.array(Stage),
  times: z.array(Seconds),
  texts: z.optional(z.record(z.string(), z.string())),
  /** Absent: no notes. */
  buyer: z.optional(BuyerNotes),
  lastClocks: z.optional(z.object({ at: Seconds, timers: z.array(Timer).check(z.maxLength(20)) })),
});
export type StoredOrder = z.infer<typeof StoredOrder>;

// The store's clock readings (firstSeen, lastSeen, history) are its own msToIso output, to the second
// and in UTC, which is what this writes back (natively: the popup and the planner expand every order).
const toSeconds = (iso: string) => Math.floor(isoToMs(iso) / 1000);
const fromSeconds = (s: number) => `${new Date(s * 1000).toISOString().slice(0, 19)}+00:00`;
const some = <T extends object>(name: string, value: T) => (Object.keys(value).length ? { [name]: value } : {});

export function compactOrder(r: OrderRecord): StoredOrder {
  const { marketplace: _m, orderId: _o, events, pageClocks, buttons, ...rest } = r.snapshot;
  const texts: Record<string, string> = {};
  r.history.forEach((h, i) => { if (h.statusText !== undefined) texts[i] = h.statusText; });
  const times = r.history.map((h) => toSeconds(h.at));
  const firstSeen = toSeconds(r.firstSeen);
  return {
    schema: 3, snapshot: { ...rest, ...some('events', events), ...some('pageClocks', pageClocks), ...some('buttons', buttons) },
    ...(times[0] === firstSeen ? {} : { firstSeen }), lastSeen: toSeconds(r.lastSeen),
    stages: r.history.map((h) => h.stage), times, ...some('texts', texts),
    ...(r.buyer.problem || r.buyer.evidence.length ? { buyer: r.buyer } : {}),
    ...(r.lastClocks ? { lastClocks: { at: toSeconds(r.lastClocks.at), timers: r.lastClocks.timers } } : {}),
  };
}

/** The record behind a stored copy; null when the key is not an order's or the copy does not add up. */
export function expandOrder(key: string, s: StoredOrder): OrderRecord | null {
  const [, market, orderId = ''] = /^order:([^:]+):(.+)$/.exec(key) ?? [];
  const m = MARKETPLACES.find((x) => x === market);
  const firstSeen = s.firstSeen ?? s.times[0];
  if (!m || orderId.length > 64 || s.times.length !== s.stages.length || firstSeen === undefined) return null;
  const history = s.stages.map((stage, i): HistoryEntry => {
    const text = s.texts?.[i];
    return text === undefined ? { stage, at: fromSeconds(s.times[i]!) } : { stage, statusText: text, at: fromSeconds(s.times[i]!) };
  });
  return {
    schema: 3, key, marketplace: m, orderId, snapshot: { marketplace: m, orderId, events: {}, pageClocks: [], buttons: [], ...s.snapshot },
    firstSeen: fromSeconds(firstSeen), lastSeen: fromSeconds(s.lastSeen), history, buyer: s.buyer ?? { ...NO_NOTES },
    ...(s.lastClocks ? { lastClocks: { at: fromSeconds(s.lastClocks.at), timers: s.lastClocks.timers } } : {}),
  };
}

type Raw = Record<string, unknown>;

/** v2 (the guard and the evidence list) adds the buyer's own notes; v1 orders had none. */
export const withNotes = (v1: Raw): Raw => ({ ...v1, buyer: { ...NO_NOTES } });

/** v3 keeps a v2 entry's text (it may be the one a refund returns to), but not the last one's: the snapshot has it. */
export function withoutLastText(v2: Raw): Raw {
  const history = (v2.history as Raw[]).map((h, i, all) => (i === all.length - 1 ? { stage: h.stage, at: h.at } : h));
  return { ...v2, history };
}

/** A whole v2 record as storage.local keeps a v3 one; whatever does not fit fails validation after. */
export const storedFromV2 = (v2: Raw): Raw => compactOrder(withoutLastText(v2) as OrderRecord);
