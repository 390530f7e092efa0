// How a new sighting of an order folds into what we already knew of it.
import type { EventName, OrderSnapshot, PageKind, Stage } from '../rules/model';
import { NO_NOTES, orderKey, type HistoryEntry, type OrderRecord } from '../lib/storage';
import { REFUND_OPEN as REFUND_STAGES } from '../rules/guard';
import { assess } from '../rules/engine';
import { mergeClocks, mergePaused } from './merge-clocks';
import { FINISHED } from '../rules/vocabulary';

/**
 * Nothing shows past stages: the history gives firstSeen (its first entry, always kept) and the stage a
 * closing refund returns to (also kept). A dispute going back and forth must not take the room other
 * orders need: 10,000 open orders at this cap still fit 5 MB (bench/README.md).
 */
export const MAX_HISTORY = 6;

const isTrade = (stage: Stage) => !REFUND_STAGES.includes(stage) && stage !== 'closed';
/** The last stage seen outside a refund: where the order returns when a refund closes. */
const tradeEntry = (h: readonly HistoryEntry[]) => h.findLast((e) => isTrade(e.stage));

/** At most MAX_HISTORY entries: the first and the one a closing refund returns to stay. */
export function capped(h: HistoryEntry[]): HistoryEntry[] {
  const trade = tradeEntry(h);
  const out = [...h];
  // The oldest entries after the first go, but not the one a closing refund returns to.
  while (out.length > MAX_HISTORY) out.splice(out[1] === trade ? 2 : 1, 1);
  return out;
}

/**
 * On Taobao, Tmall and 1688 a refund lives on its own page: the order's page and list keep saying
 * 等待买家收货 (and keep showing 确认收货) while the refund is open. Such a trade status is no news
 * about the refund, so it must not drop the refund stage, and with it the guard over that button. A
 * refund ends on its own page (退款成功, 退款关闭) or when the trade itself ends.
 */
const REFUND_ON_OWN_PAGE: readonly OrderSnapshot['marketplace'][] = ['taobao', 'tmall', '1688'];
const TRADE_GOING_ON: readonly Stage[] = ['awaiting-shipment', 'shipped', 'delivered'];

function refundHiddenBehind(prev: Stage, seen: OrderSnapshot, kind: PageKind | undefined): boolean {
  return REFUND_ON_OWN_PAGE.includes(seen.marketplace) && (kind === 'order-detail' || kind === 'order-list')
    && REFUND_STAGES.includes(prev) && TRADE_GOING_ON.includes(seen.stage);
}


/**
 * The clocks last known, kept when a reading leaves an unfinished order with none: the buyer is told
 * that we lost track of them, and sees them greyed "as of" when they were last known. Any running clock
 * again, or the order finishing, clears them.
 */
function lastKnownClocks(old: OrderRecord, merged: OrderSnapshot, at: string): OrderRecord['lastClocks'] {
  if (FINISHED.includes(merged.stage)) return undefined;
  const when = new Date(at);
  const now = assess(merged, when);
  // A clock the page says is stopped is known, not lost.
  if (now.timers.length || now.paused?.length) return undefined;
  const before = assess(old.snapshot, when).timers;
  return before.length ? { at: old.lastSeen, timers: before } : old.lastClocks;
}

/**
 * Events accumulate: a list page knows only the order day, a detail page knows the minute, and a later
 * visit to the list must not blur what the detail page said. Page countdowns merge clock by clock
 * (merge-clocks.ts). Everything else is as last seen.
 */
export function mergeSnapshot(old: OrderRecord | null, seen: OrderSnapshot, at: string, kind?: PageKind): OrderRecord {
  if (!old) {
    const pageClocks = mergeClocks({ kept: [], seen: seen.pageClocks, kind, stageBefore: seen.stage, stageAfter: seen.stage, at });
    const { paused: _read, ...rest } = seen;
    const paused = mergePaused({ kept: [], seen: seen.paused, clocksBefore: [], clocksAfter: pageClocks, kind, stageAfter: seen.stage, at });
    return {
      schema: 3, key: orderKey(seen.marketplace, seen.orderId), marketplace: seen.marketplace, orderId: seen.orderId,
      snapshot: { ...rest, pageClocks, ...(paused.length ? { paused } : {}) }, firstSeen: at, lastSeen: at, history: [{ stage: seen.stage, at }], buyer: { ...NO_NOTES },
    };
  }
  const prev = old.snapshot;
  const last = old.history[old.history.length - 1];
  // A tracking page knows the parcel, not the order, and an unreadable status knows nothing: neither
  // replaces a stage read from the order's own pages.
  const keepStage = (kind === 'tracking' || seen.stage === 'unknown') && prev.stage !== 'unknown';
  let snap = keepStage ? { ...seen, stage: prev.stage, statusText: prev.statusText, buttons: prev.buttons } : seen;
  // The trade page's buttons are the ones on screen, so they stay.
  if (refundHiddenBehind(prev.stage, seen, kind)) snap = { ...seen, stage: prev.stage, statusText: prev.statusText };
  // On a refund page "closed" (退款关闭) closes the request, not the trade: the order goes back to the
  // last stage it was seen in outside a refund.
  if (kind === 'refund' && seen.stage === 'closed') {
    const trade = tradeEntry(old.history);
    // The current stage's text is the snapshot's; an older one's is kept only on the stage a refund
    // started from. Without either, what the page says is all there is.
    const text = trade === last ? prev.statusText : trade?.statusText ?? seen.statusText;
    if (trade) snap = { ...seen, stage: trade.stage, statusText: text, buttons: prev.buttons };
  }
  const events: OrderSnapshot['events'] = { ...prev.events };
  const wasApprox = new Set(prev.approximate ?? []);
  const nowApprox = new Set(snap.approximate ?? []);
  const approximate = new Set(wasApprox);
  for (const [name, value] of Object.entries(snap.events) as [EventName, string][]) {
    const keepExact = events[name] !== undefined && !wasApprox.has(name) && nowApprox.has(name);
    if (keepExact) continue;
    events[name] = value;
    if (nowApprox.has(name)) approximate.add(name);
    else approximate.delete(name);
  }
  const pageClocks = mergeClocks({ kept: prev.pageClocks, seen: seen.pageClocks, kind, stageBefore: prev.stage, stageAfter: snap.stage, at });
  const paused = mergePaused({ kept: prev.paused, seen: seen.paused, clocksBefore: prev.pageClocks, clocksAfter: pageClocks, kind, stageAfter: snap.stage, at });
  const merged: OrderSnapshot = {
    ...prev,
    ...snap,
    events,
    approximate: approximate.size ? [...approximate] : undefined,
    pageClocks,
    paused: paused.length ? paused : undefined,
    title: snap.title ?? prev.title,
    total: snap.total ?? prev.total,
    url: snap.url ?? prev.url,
  };
  if (merged.approximate === undefined) delete merged.approximate;
  if (merged.paused === undefined) delete merged.paused;
  let history = old.history;
  if (last?.stage !== snap.stage) {
    // Leaving a trade stage for a refund: that stage's text goes into its entry, for when the refund closes.
    const refundStarts = last && REFUND_STAGES.includes(snap.stage) && isTrade(last.stage);
    const earlier = refundStarts ? [...history.slice(0, -1), { stage: last.stage, statusText: prev.statusText, at: last.at }] : history;
    history = capped([...earlier, { stage: snap.stage, at }]);
  }
  const { lastClocks: _lost, ...rest } = old;
  const lastClocks = lastKnownClocks(old, merged, at);
  return { ...rest, snapshot: merged, lastSeen: at, history, ...(lastClocks ? { lastClocks } : {}) };
}
