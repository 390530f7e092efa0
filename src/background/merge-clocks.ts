// How a page's countdowns fold into the ones already kept, clock by clock. A countdown is a fact about
// the page it was read from: the refund page's "还剩4天12时" stays as read until a page that shows that
// clock says otherwise, and the order page's own countdown is added beside it, never in its place.
import type { PageClock, PageKind, Stage } from '../rules/model';

/**
 * Which pages speak for which clocks: an order's own page and its list show the trade's countdowns; the
 * refund and dispute pages show the request's. A page says nothing about the other side's clocks.
 */
type Side = 'trade' | 'request';
const sideOf = (kind: PageKind | undefined): Side | undefined =>
  kind === 'refund' || kind === 'dispute' ? 'request' : kind === undefined ? undefined : 'trade';

/** When the trade ends, the countdowns that ran while it was open end with it. */
const FINISHED: readonly Stage[] = ['completed', 'closed', 'refunded'];

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
