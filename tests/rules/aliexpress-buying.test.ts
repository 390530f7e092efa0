// AliExpress scenarios from placing an order to its delivery, with the exact deadlines expected.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

const CONTACT = ['Contact seller', 'Skontaktuj się ze sprzedawcą', 'Связаться с продавцом', 'Contactar al vendedor'];

describe('AliExpress: paying', () => {
  const unpaid = order({ stage: 'awaiting-payment', events: { placedAt: '2026-11-20T18:05:00-08:00' }, buttons: ['Pay now', 'Cancel order'] });

  it('gives an unpaid order 20 days, in the zone it was placed in, and points at "Pay now"', () => {
    const a = at(unpaid, '2026-11-21T09:00:00Z');
    expect(a.timers).toEqual([{
      clock: 'payment', ruleId: 'ae-payment', actor: 'buyer', endsAt: '2026-12-10T18:05:00-08:00', from: 'rule',
      onExpiry: 'order-closes', confidence: 'seed', alternatives: ['6 h (hot items)', 'per-order pay timeout'],
    }]);
    expect(a.next).toEqual({ action: 'pay', labels: ['Pay now'], deadline: '2026-12-10T18:05:00-08:00' });
  });

  it('names the button as a Polish page shows it', () => {
    const a = at({ ...unpaid, buttons: [' zapłać  TERAZ ', 'Anuluj zamówienie'] }, '2026-11-21T09:00:00Z');
    expect(a.next?.labels).toEqual(['Zapłać teraz']);
  });

  it('offers every language\'s label, English first, when the page shows none of them', () => {
    const a = at({ ...unpaid, buttons: [] }, '2026-11-21T09:00:00Z');
    expect(a.next?.labels).toEqual(['Pay now', 'Zapłać teraz', 'Оплатить', 'Оплатить заказ', 'Pagar ahora']);
  });

  it('keeps a run-out payment clock as overdue but no longer says "pay"', () => {
    const a = at(unpaid, '2026-12-11T02:05:01Z');
    expect(a.timers.map((t) => t.endsAt)).toEqual(['2026-12-10T18:05:00-08:00']);
    expect(a.next).toBeNull();
  });

  it('gives the platform 24 h to check a payment, with nothing to press', () => {
    const a = at(order({ stage: 'payment-verifying', events: { paidAt: '2026-11-02T08:00:00-08:00' } }), '2026-11-02T10:00:00-08:00');
    expect(a.timers).toMatchObject([{ clock: 'payment-check', actor: 'platform', endsAt: '2026-11-03T08:00:00-08:00', onExpiry: 'payment-verified', confidence: 'official' }]);
    expect(a.next).toEqual({ action: 'wait', labels: [], deadline: '2026-11-03T08:00:00-08:00' });
  });
});

describe('AliExpress: shipping and cancelling', () => {
  it('gives the seller 7 days from payment to ship, and leaves cancelling open', () => {
    const o = order({ stage: 'awaiting-shipment', events: { paidAt: '2026-11-02T08:00:00-08:00' }, buttons: ['Edit address', 'Cancel order'] });
    const a = at(o, '2026-11-03T08:00:00-08:00');
    expect(a.timers).toMatchObject([{ clock: 'ship', actor: 'seller', endsAt: '2026-11-09T08:00:00-08:00', from: 'rule', onExpiry: 'seller-late', confidence: 'secondary' }]);
    expect(a.next).toEqual({ action: 'wait', labels: ['Cancel order'], deadline: '2026-11-09T08:00:00-08:00' });
  });

  it('uses the processing time the page shows instead of 7 days', () => {
    const o = order({
      stage: 'awaiting-shipment', events: { paidAt: '2026-11-02T08:00:00-08:00' },
      pageClocks: [{ clock: 'ship', endsAt: '2026-11-12T23:59:59-08:00', text: 'Ships within 10 days' }],
    });
    const [timer] = at(o, '2026-11-03T08:00:00-08:00').timers;
    expect(timer).toEqual({
      clock: 'ship', ruleId: 'ae-ship', actor: 'seller', endsAt: '2026-11-12T23:59:59-08:00', from: 'page',
      // 7 days after payment by the rule: the page's 10 days win, and the timer says what the rule gave.
      onExpiry: 'seller-late', confidence: 'page', ruleEndsAt: '2026-11-09T08:00:00-08:00',
    });
  });

  const cancelling = order({ stage: 'cancel-requested', events: { paidAt: '2026-10-30T21:00:00+08:00', cancelRequestedAt: '2026-11-01T10:00:00+08:00' } });

  it('gives the seller 14 days to answer a cancellation, then the order closes and the refund starts', () => {
    const a = at({ ...cancelling, buttons: ['Contact seller', 'View cancellation details'] }, '2026-11-02T00:00:00Z');
    expect(a.timers).toEqual([{
      clock: 'cancel-response', ruleId: 'ae-cancel-response', actor: 'seller', endsAt: '2026-11-15T10:00:00+08:00',
      from: 'rule', onExpiry: 'order-closes-refunded', confidence: 'seed', alternatives: ['48 h (requests since Mar 2020)', '72 h'],
    }]);
    expect(a.next).toEqual({ action: 'wait', labels: ['Contact seller'], deadline: '2026-11-15T10:00:00+08:00' });
  });

  it('still says to wait (and whom to ask) once the seller\'s time is up', () => {
    const a = at(cancelling, '2026-11-20T00:00:00Z');
    expect(a.timers[0]?.endsAt).toBe('2026-11-15T10:00:00+08:00');
    expect(a.next).toEqual({ action: 'wait', labels: CONTACT, deadline: '2026-11-15T10:00:00+08:00' });
  });

  it('gives no timer without the request\'s date, and none from a date it cannot read', () => {
    expect(at({ ...cancelling, events: { paidAt: '2026-10-30T21:00:00+08:00' } }, '2026-11-02T00:00:00Z')).toEqual({ stage: 'cancel-requested', timers: [], next: null, urgent: null });
    expect(at({ ...cancelling, events: { cancelRequestedAt: 'yesterday' } }, '2026-11-02T00:00:00Z').timers).toEqual([]);
    expect(at({ ...cancelling, events: { cancelRequestedAt: '2026-11-01' } }, '2026-11-02T00:00:00Z').timers).toEqual([]);
  });
});

describe('AliExpress: the refund after a closed order', () => {
  const closed = order({ stage: 'closed', events: { paidAt: '2026-11-02T08:00:00-08:00', closedAt: '2026-11-20T00:00:00-08:00' }, buttons: ['View refund'] });

  it('expects a paid order\'s money back within 14 days of closing', () => {
    const a = at(closed, '2026-11-21T00:00:00Z');
    expect(a.timers).toMatchObject([{
      clock: 'refund-arrival', actor: 'platform', endsAt: '2026-12-04T00:00:00-08:00', onExpiry: 'refund-overdue',
      alternatives: ['1–10 working days (newer help)', '3–20 working days (older help)'],
    }]);
    expect(a.next).toEqual({ action: 'check-refund', labels: ['View refund'], deadline: '2026-12-04T00:00:00-08:00' });
  });

  it('says the refund is overdue after that', () => {
    const a = at(closed, '2026-12-20T00:00:00Z');
    expect(a.next?.action).toBe('check-refund');
  });

  it('expects no refund for an order closed before it was paid', () => {
    const unpaid = order({ stage: 'closed', events: { placedAt: '2026-10-01T08:00:00-08:00', closedAt: '2026-10-21T08:00:00-08:00' } });
    expect(at(unpaid, '2026-10-22T00:00:00Z')).toEqual({ stage: 'closed', timers: [], next: null, urgent: null });
  });
});
