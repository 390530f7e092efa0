// Long-finished orders in a small form. A buyer's year of orders is mostly finished ones; kept whole they
// would fill storage.local's quota (bench/README.md measures it). Nothing is dropped that the buyer sees:
// the popup, the sidebar and the export still list the order with its stage, status, title, link, total,
// first and last sighting and the buyer's own notes.
import { assess } from '../rules';
import { DAY, isoToMs } from '../lib/time';
import { FINISHED } from '../rules/vocabulary';
import type { OrderRecord } from '../lib/storage';

const SETTLE_AFTER_MS = 90 * DAY;

/**
 * A finished order whose clocks have all been over for 90 days, seen finished for as long, keeps only
 * the first and the last stage of its history. If it has no clock at all, the event times, page
 * countdowns and buttons go too: they only ever fed clocks, so its view does not change. Anything else
 * is returned as it is (the same object).
 */
export function settle(record: OrderRecord, now: Date): OrderRecord {
  const { snapshot: s, history } = record;
  const nowMs = now.getTime();
  const last = history[history.length - 1];
  if (!FINISHED.includes(s.stage) || !last || nowMs - isoToMs(last.at) < SETTLE_AFTER_MS) return record;
  const { timers } = assess(s, now);
  if (timers.some((t) => nowMs - isoToMs(t.endsAt) < SETTLE_AFTER_MS)) return record;
  const short = history.length <= 2;
  const bare = !s.approximate && Object.keys(s.events).length === 0 && s.pageClocks.length === 0 && s.buttons.length === 0;
  if (short && (bare || timers.length)) return record;
  const settled: OrderRecord = { ...record, history: short ? history : [history[0]!, last] };
  if (timers.length === 0) {
    const { approximate: _a, ...kept } = s;
    settled.snapshot = { ...kept, events: {}, pageClocks: [], buttons: [] };
  }
  return settled;
}
