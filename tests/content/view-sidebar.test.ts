import { describe, expect, it } from 'vitest';
import { quiet, startsAsPill } from '../../src/content/view-sidebar';
import type { OrderView } from '../../src/lib/messages';

const NOW = Date.parse('2026-11-20T00:00:00Z');
const timer = (actor: 'buyer' | 'seller', endsAt: string) => ({
  clock: 'ship' as const, ruleId: `r-${actor}-${endsAt}`, actor, endsAt, from: 'rule' as const, onExpiry: 'seller-late', confidence: 'seed' as const,
});
const view = (stage: OrderView['stage'], timers: ReturnType<typeof timer>[], guard: OrderView['guard'] = null) => ({
  stage, assessment: { stage, timers, next: null }, guard,
}) as unknown as OrderView;

describe('which orders start as the pill', () => {
  it('finished orders and orders where only others\' clocks run; not a buyer\'s turn, an unknown deadline or a guard', () => {
    expect(quiet(view('completed', []), NOW)).toBe(true);
    expect(quiet(view('awaiting-shipment', [timer('seller', '2026-11-21T00:00:00Z')]), NOW)).toBe(true);
    expect(quiet(view('shipped', [timer('buyer', '2026-11-21T00:00:00Z'), timer('seller', '2026-11-22T00:00:00Z')]), NOW)).toBe(false);
    expect(quiet(view('shipped', []), NOW)).toBe(false);
    const guard = { reason: 'refund-open' as const, confirmLabels: ['确认收货'], withdrawLabels: [] };
    expect(quiet(view('refund-requested', [timer('seller', '2026-11-21T00:00:00Z')], guard), NOW)).toBe(false);
  });
});

describe('startsAsPill', () => {
  it('opens for a buyer\'s clock with a day or less left even without a margin, unless the buyer hid this order', () => {
    const soon = view('shipped', [timer('buyer', '2026-11-20T20:00:00Z')]);
    const later = view('shipped', [timer('buyer', '2026-11-25T00:00:00Z')]);
    expect(startsAsPill(soon, false, NOW, () => false)).toBe(false);
    expect(startsAsPill(soon, true, NOW, () => true)).toBe(true);
    expect(startsAsPill(later, false, NOW, () => false)).toBe(true);
    expect(startsAsPill(later, false, NOW, () => true)).toBe(false);
    expect(startsAsPill(view('completed', []), false, NOW, () => true)).toBe(true);
  });
});

describe('the margin measured on the side the buyer keeps the sidebar on', () => {
  // happy-dom's viewport is 1024 wide; the panel needs 320 px and 16 px either side of it.
  const page = (left: number, right: number) => [{ left, right, top: 100, bottom: 200 }];
  it('a page centred with wide margins leaves room on both sides; one pushed to an edge, only on the other', async () => {
    const { roomForPanel } = await import('../../src/content/room');
    expect(roomForPanel(document, page(360, 660), 'right')).toBe(true);
    expect(roomForPanel(document, page(360, 660), 'left')).toBe(true);
    expect(roomForPanel(document, page(0, 600), 'left')).toBe(false);
    expect(roomForPanel(document, page(0, 600), 'right')).toBe(true);
    expect(roomForPanel(document, page(400, 1024), 'left')).toBe(true);
    expect(roomForPanel(document, page(400, 1024), 'right')).toBe(false);
  });
});
