// How a page's countdowns fold into the ones already kept, clock by clock. A countdown is a fact about
// the page it was read from: the refund page's "还剩4天12时" stays as read until a page that shows that
// clock says otherwise, and the order page's own countdown is added beside it, never in its place.
import type { PageClock, PageKind, PausedClock, Stage } from '../rules/model';
import { REFUND_OPEN } from '../rules/guard';
import { FINISHED } from '../rules/vocabulary';

/**
 * Which pages speak for which clocks: an order's own page and its list show the trade's countdowns; the
 * refund and dispute pages show the request's. A page says nothing about the other side's clocks.
 */
type Side = 'trade' | 'request';
const sideOf = (kind: PageKind | undefined): Side | undefined =>
  kind === 'refund' || kind === 'dispute' ? 'request' : kind === undefined ? undefined : 'trade';

/** When the trade ends, the countdowns that ran while it was open end with it. */

export type ClockMergeInput = {
  kept: readonly PageClock[];
  seen: readonly PageClock[];
  /** The kind of page read now; undefined for a reading of unknown origin (kept clocks then behave as before). */
  kind: PageKind | undefined;
  /** The order's stage before and after this reading (after the store's own rules on stages). */
  stageBefore: Stage;
  stageAfter: Stage;
  at: string;
};

/** Pages that show every countdown of their side when there is one: showing none says none runs. */
const WHOLE: readonly (PageKind | undefined)[] = ['order-detail', 'refund', 'dispute'];

/**
 * The page's clocks, stamped with when and where they were read, then every kept clock this page could
 * not speak for: one of the other side, or one of its own side when the page is a list (a list shows a
 * few countdowns at most) and the stage has not moved. A clock this page shows replaces the kept one; an
 * order, refund or dispute page of its side that does not show it drops it; the trade ending drops them
 * all. A finished order re-read keeps what runs after the end (AliExpress's windows after completion).
 */
export function mergeClocks({ kept, seen, kind, stageBefore, stageAfter, at }: ClockMergeInput): PageClock[] {
  const side = sideOf(kind);
  const fresh = seen.map((c) => ({ ...c, readAt: c.readAt ?? at, ...(kind ? { page: kind } : {}) }));
  if (FINISHED.includes(stageAfter) && !FINISHED.includes(stageBefore)) return fresh;
  const shown = new Set(fresh.map((c) => c.clock));
  const others = kept.filter((c) => {
    if (shown.has(c.clock)) return false;
    const keptSide = sideOf(c.page);
    // A clock of the other side: this page cannot see it, so it stays as it was read.
    if (side && keptSide && keptSide !== side) return true;
    if (stageBefore !== stageAfter) return false;
    // A clock of unknown origin stays only while the page shows no clock at all, as before pages were told apart.
    if (!keptSide) return fresh.length === 0;
    return !WHOLE.includes(kind);
  });
  return [...fresh, ...others];
}

export type PausedMergeInput = {
  kept: readonly PausedClock[] | undefined;
  seen: readonly PausedClock[] | undefined;
  /** The clocks kept before this reading, and the ones kept after it. */
  clocksBefore: readonly PageClock[];
  clocksAfter: readonly PageClock[];
  kind: PageKind | undefined;
  stageAfter: Stage;
  at: string;
};

/**
 * Which clocks stay stopped. The trade's pages say it: a stop they show is stamped with when it was read,
 * when it was first seen (`since`: the latest the stop can have begun) and the end the clock counted to
 * when it was last seen running (`ranTo`); an order page that no longer says it, or any page showing the
 * clock's countdown again, drops it. A refund page cannot see the order page's words, so they stay; when
 * a refund page says the refund is over (the order back in a trade stage), they are marked `over`: the
 * engine runs the clock again with the time it had left until a page shows its countdown. A finished
 * order drops them.
 */
export function mergePaused({ kept = [], seen = [], clocksBefore, clocksAfter, kind, stageAfter, at }: PausedMergeInput): PausedClock[] {
  if (FINISHED.includes(stageAfter)) return [];
  const running = new Set(clocksAfter.map((c) => c.clock));
  if (sideOf(kind) !== 'trade') {
    const still = kept.filter((p) => !running.has(p.clock));
    return REFUND_OPEN.includes(stageAfter) ? still : still.map((p) => ({ ...p, over: p.over ?? at }));
  }
  const stamped = seen.filter((p) => !running.has(p.clock)).map((p) => {
    const before = kept.find((k) => k.clock === p.clock);
    // Seen running before this reading, or a stop that was over: the stop is new, and a countdown seen
    // then says where the clock stood.
    const ran = clocksBefore.find((c) => c.clock === p.clock);
    const fresh = ran !== undefined || before?.over !== undefined;
    const since = fresh ? at : before?.since ?? at;
    const ranTo = ran ? ran.endsAt : fresh ? undefined : before?.ranTo;
    return { ...p, readAt: at, ...(kind ? { page: kind } : {}), since, ...(ranTo ? { ranTo } : {}) };
  });
  // A list shows a few words at most: a stop it does not mention stays unless it shows the clock running.
  const untold = WHOLE.includes(kind) ? [] : kept.filter((k) => !running.has(k.clock) && !stamped.some((p) => p.clock === k.clock));
  return [...stamped, ...untold];
}
