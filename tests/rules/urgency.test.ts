// The one rule for "the clock that matters now": which clock and why, as assess reports it.
import { describe, expect, it } from 'vitest';
import { urgentOf, urgentTimer } from '../../src/rules/urgency';
import type { Timer } from '../../src/rules/model';
import { at, order } from './orders';

const timer = (ruleId: string, endsAt: string, over: Partial<Timer> = {}): Timer => ({
  clock: 'protection', ruleId, actor: 'buyer', endsAt, from: 'rule', onExpiry: 'order-completes', confidence: 'official', ...over,
});
const NOW = Date.parse('2026-11-20T00:00:00Z');

describe('the clock that matters', () => {
  it('is the running clock that ends first, whoever must act', () => {
    const timers = [timer('b', '2026-11-25T00:00:00Z'), timer('a', '2026-11-21T00:00:00Z', { actor: 'seller' }), timer('old', '2026-11-19T00:00:00Z')];
    expect(urgentOf(timers, NOW)).toEqual({ clock: 'protection', ruleId: 'a', reason: 'soonest' });
  });

  it('is the one that ran out last when all have run out — the same one for every view', () => {
    const timers = [timer('first', '2026-11-10T00:00:00Z'), timer('last', '2026-11-18T00:00:00Z')];
    expect(urgentOf(timers, NOW)).toEqual({ clock: 'protection', ruleId: 'last', reason: 'overdue' });
    expect(urgentTimer({ timers: [...timers].reverse() }, NOW)?.ruleId).toBe('last');
  });

  it('is a seller\'s run-out clock that hands the move to the buyer, ahead of any running clock', () => {
    const timers = [
      timer('refund', '2026-11-19T00:00:00Z', { actor: 'seller', clock: 'refund-response', onExpiry: 'buyer-may-escalate' }),
      timer('soon', '2026-11-20T01:00:00Z'),
    ];
    expect(urgentOf(timers, NOW)).toEqual({ clock: 'refund-response', ruleId: 'refund', reason: 'your-turn' });
    // Before it runs out, the running clock that ends first is the one.
    expect(urgentOf(timers, Date.parse('2026-11-18T00:00:00Z'))?.ruleId).toBe('refund');
    expect(urgentOf(timers, Date.parse('2026-11-18T00:00:00Z'))?.reason).toBe('soonest');
  });

  it('is what assess reports, with the next step taken from a seller\'s clock that ran out', () => {
    // 1688: the seller let the refund request run out (5 days); the buyer now asks the platform to step in.
    const refund = order({
      marketplace: '1688', stage: 'refund-requested', events: { refundRequestedAt: '2026-11-01T10:00:00+08:00' },
      buttons: ['申请平台介入'],
    });
    const late = at(refund, '2026-11-07T00:00:00Z');
    expect(late.urgent).toEqual({ clock: 'refund-response', ruleId: '1688-refund-response', reason: 'your-turn' });
    expect(late.next).toEqual({ action: 'request-platform-help', labels: ['申请平台介入'], deadline: '2026-11-06T10:00:00+08:00' });
    expect(at(refund, '2026-11-02T00:00:00Z').urgent?.reason).toBe('soonest');
    expect(at(order({ stage: 'unknown' }), '2026-11-02T00:00:00Z').urgent).toBeNull();
  });
});
