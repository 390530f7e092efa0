// The generic row fields the Chinese tables brought — `when` conditions and `fromNextDay` — shown on
// made-up rows, so their meaning is pinned down apart from any marketplace's figures.
import { describe, expect, it } from 'vitest';
import { assessWith } from '../../src/rules/engine';
import type { ClockRule } from '../../src/rules/rule';
import { order } from './orders';

const row = (over: Partial<ClockRule>): ClockRule => ({
  kind: 'clock', id: 'x-row', title: 'made up', marketplaces: ['kuaishou'], clock: 'auto-confirm', stages: ['shipped'],
  start: 'shippedAt', duration: { days: 10 }, actor: 'buyer', onExpiry: 'receipt-confirmed',
  next: [{ action: 'confirm-receipt' }], source: 'made up', cite: [], confidence: 'secondary', ...over,
});
const SHIPPED = '2025-11-08T03:44:47+08:00';
const shipped = order({ marketplace: 'kuaishou', stage: 'shipped', events: { shippedAt: SHIPPED } });
const withDelivery = (deliveredAt: string) => ({ ...shipped, events: { shippedAt: SHIPPED, deliveredAt } });
const countdown = [{ clock: 'auto-confirm' as const, endsAt: '2025-11-30T00:00:00+08:00', text: '还剩' }];
const ids = (rules: ClockRule[], o: typeof shipped, now: string) => assessWith(rules, o, new Date(now)).timers.map((t) => t.ruleId);

describe('when: conditions decide whether a row applies at all', () => {
  const known = row({ id: 'x-known', when: [{ has: 'deliveredAt' }] });
  const unknown = row({ id: 'x-unknown', when: [{ lacks: 'deliveredAt' }] });

  it('has / lacks split the cases on whether an event is known, page countdown included', () => {
    const now = '2025-11-09T00:00:00+08:00';
    expect(ids([known, unknown], shipped, now)).toEqual(['x-unknown']);
    expect(ids([known, unknown], withDelivery('2025-11-10T00:00:00+08:00'), now)).toEqual(['x-known']);
    expect(assessWith([known, unknown], { ...shipped, pageClocks: countdown }, new Date(now)).timers).toMatchObject([{ ruleId: 'x-unknown', from: 'page' }]);
  });

  it('an unreadable event counts as not known', () => {
    expect(ids([known, unknown], withDelivery('next week'), '2025-11-09T00:00:00+08:00')).toEqual(['x-unknown']);
  });

  describe('gap: the time between two events, or the gap so far while the second is not known', () => {
    const soon = row({ id: 'x-soon', when: [{ gap: ['shippedAt', 'deliveredAt'], atMost: { days: 8 } }] });
    const late = row({ id: 'x-late', when: [{ gap: ['shippedAt', 'deliveredAt'], moreThan: { days: 8 } }] });
    const rules = [soon, late];

    it('measures between the two events, the bound itself counting as "at most"', () => {
      const now = '2025-12-20T00:00:00+08:00';
      expect(ids(rules, withDelivery('2025-11-16T03:44:47+08:00'), now)).toEqual(['x-soon']);
      expect(ids(rules, withDelivery('2025-11-16T03:44:48+08:00'), now)).toEqual(['x-late']);
    });

    it('compares instants, not wall clocks, when the two events carry different offsets', () => {
      // 2025-11-15T19:44:47Z is exactly 8 days after SHIPPED.
      expect(ids(rules, withDelivery('2025-11-15T19:44:47Z'), '2025-12-20T00:00:00Z')).toEqual(['x-soon']);
    });

    it('uses the gap so far while the second event has not happened', () => {
      expect(ids(rules, shipped, '2025-11-16T03:44:47+08:00')).toEqual(['x-soon']);
      expect(ids(rules, shipped, '2025-11-16T03:44:48+08:00')).toEqual(['x-late']);
    });

    it('holds for neither row without the first event, nor at a moment it cannot read', () => {
      expect(ids(rules, { ...shipped, events: {} }, '2025-11-09T00:00:00+08:00')).toEqual([]);
      expect(assessWith(rules, shipped, new Date(Number.NaN)).timers).toEqual([]);
    });

    it('takes both bounds together', () => {
      const middle = row({ when: [{ gap: ['shippedAt', 'deliveredAt'], moreThan: { days: 8 }, atMost: { days: 28 } }] });
      expect(ids([middle], withDelivery('2025-11-20T00:00:00+08:00'), '2025-12-20T00:00:00+08:00')).toEqual(['x-row']);
      expect(ids([middle], withDelivery('2025-12-07T00:00:00+08:00'), '2025-12-20T00:00:00+08:00')).toEqual([]);
    });
  });
});

describe('fromNextDay: counting from 00:00 of the day after the start event', () => {
  const rules = [row({ fromNextDay: true, duration: { days: 7 } })];
  const endsAt = (shippedAt: string) =>
    assessWith(rules, { ...shipped, events: { shippedAt } }, new Date('2025-11-09T00:00:00+08:00')).timers[0]?.endsAt;

  it('starts at the next midnight in the event\'s own offset, whatever the hour', () => {
    expect(endsAt('2025-11-08T03:44:47+08:00')).toBe('2025-11-16T00:00:00+08:00');
    expect(endsAt('2025-11-08T23:59:59+08:00')).toBe('2025-11-16T00:00:00+08:00');
    // An event known only to the day is that day's midnight: the count starts the next day.
    expect(endsAt('2025-11-08T00:00:00+08:00')).toBe('2025-11-16T00:00:00+08:00');
    expect(endsAt('2025-11-08T03:44:47-08:00')).toBe('2025-11-16T00:00:00-08:00');
    expect(endsAt('2025-12-31T12:00:00Z')).toBe('2026-01-08T00:00:00+00:00');
  });
});
