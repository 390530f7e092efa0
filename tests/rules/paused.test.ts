// A clock the page says is stopped (Taobao/Tmall: "收货确认时间暂停计时" while a refund is open) is never
// counted down: it is said as paused, with the time it will have when the refund ends — exact when the
// refund's date is known, else the least it can be. Beijing-time inputs, exact expectations.
import { describe, expect, it } from 'vitest';
import { Assessment, type PausedClock } from '../../src/rules/model';
import { at, DAY_MS, order } from './orders';

const HOUR_MS = 3_600_000;
const MIN_MS = 60_000;
const SHIPPED_AT = '2025-11-08T03:44:47+08:00'; // the rule's 10 days end 2025-11-18T03:44:47+08:00
const WORDS = '收货确认时间暂停计时';
const stopped: PausedClock = { clock: 'auto-confirm', text: WORDS };
const refunding = order({
  marketplace: 'taobao', orderId: '4312345678901234567', stage: 'refund-requested',
  events: { shippedAt: SHIPPED_AT, refundRequestedAt: '2025-11-10T09:00:00+08:00' }, paused: [stopped], buttons: ['查看退款'],
});
const NOW = '2025-11-12T12:00:00+08:00';

describe('a clock the page says is paused', () => {
  it('is said as paused, not counted: the time left runs from the refund request to the rule\'s end', () => {
    const a = at(refunding, NOW);
    expect(a.timers.map((t) => t.clock)).not.toContain('auto-confirm');
    expect(a.paused).toEqual([{
      clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', onExpiry: 'receipt-confirmed', text: WORDS,
      leftMs: 7 * DAY_MS + 18 * HOUR_MS + 44 * MIN_MS + 47_000, from: 'rule',
    }]);
    expect(Assessment.safeParse(a).success).toBe(true);
  });

  it('counts to the end the page\'s countdown showed when it was last seen running', () => {
    const a = at({ ...refunding, paused: [{ ...stopped, ranTo: '2025-11-19T12:00:00+08:00' }] }, NOW);
    expect(a.paused).toEqual([expect.objectContaining({ leftMs: 9 * DAY_MS + 3 * HOUR_MS, from: 'page' })]);
    expect(a.paused![0]!.earliest).toBeUndefined();
  });

  it('without the refund\'s date, counts from when the page was first seen paused: the least it can be, and says so', () => {
    const { refundRequestedAt: _r, ...events } = refunding.events;
    const a = at({ ...refunding, events, paused: [{ ...stopped, since: '2025-11-11T10:00:00+08:00', readAt: NOW }] }, NOW);
    expect(a.paused).toEqual([expect.objectContaining({ leftMs: 6 * DAY_MS + 17 * HOUR_MS + 44 * MIN_MS + 47_000, from: 'rule', earliest: true })]);
  });

  it('never counts below zero, and says nothing of the time left when neither the page nor a rule tells', () => {
    const late = { ...refunding, events: { shippedAt: SHIPPED_AT, refundRequestedAt: '2025-11-19T09:00:00+08:00' } };
    expect(at(late, NOW).paused?.[0]?.leftMs).toBe(0);
    const undated = { ...refunding, events: {} };
    expect(at(undated, NOW).paused).toEqual([{ clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', onExpiry: 'receipt-confirmed', text: WORDS }]);
  });

  it('leaves the other clocks running (a refused refund\'s time to revise)', () => {
    const refused = { ...refunding, stage: 'refund-refused' as const, pageClocks: [{ clock: 'revise' as const, endsAt: '2025-11-14T10:00:00+08:00', text: '还剩1天22时' }] };
    const a = at(refused, NOW);
    expect(a.timers.map((t) => [t.clock, t.endsAt])).toEqual([['revise', '2025-11-14T10:00:00+08:00']]);
    expect(a.paused?.map((p) => p.clock)).toEqual(['auto-confirm']);
  });

  it('yields to a countdown the page shows for the same clock, and to a finished order', () => {
    const running = { ...refunding, pageClocks: [{ clock: 'auto-confirm' as const, endsAt: '2025-11-18T03:44:47+08:00', text: '还剩5天' }] };
    expect(at(running, NOW).paused).toBeUndefined();
    expect(at(running, NOW).timers.map((t) => t.clock)).toContain('auto-confirm');
    expect(at({ ...refunding, stage: 'completed' }, NOW).paused).toBeUndefined();
  });

  it('stops the counted clock even where the stage says the trade runs: the page\'s words win over arithmetic', () => {
    const a = at({ ...refunding, stage: 'shipped' }, NOW);
    expect(a.timers.map((t) => t.clock)).not.toContain('auto-confirm');
    expect(a.paused?.map((p) => p.ruleId)).toEqual(['tb-auto-confirm']);
  });

  it('runs again once the stop is over, with the time it had left, from the last sighting of the stop: the earliest it can end', () => {
    const over = { ...refunding, stage: 'shipped' as const, paused: [{ ...stopped, since: '2025-11-11T10:00:00+08:00', readAt: '2025-11-12T09:00:00+08:00', over: NOW }] };
    const a = at(over, NOW);
    expect(a.paused).toBeUndefined();
    // 7 d 18 h 44 min 47 s left when the refund was asked for (11-10 09:00), counted from 11-12 09:00.
    expect(a.timers).toEqual([{
      clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', onExpiry: 'receipt-confirmed', endsAt: '2025-11-20T03:44:47+08:00',
      from: 'rule', confidence: 'secondary', resumed: { since: '2025-11-12T09:00:00+08:00' },
    }]);
    expect(a.next).toMatchObject({ action: 'confirm-receipt', deadline: '2025-11-20T03:44:47+08:00' });
    expect(Assessment.safeParse(a).success).toBe(true);
    // With no time left known, the row's own count stands.
    expect(at({ ...over, events: {} }, NOW).timers).toEqual([]);
  });
});
