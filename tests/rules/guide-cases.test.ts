// The buyer guides' paths, case by case: the deadline (or none where a guide gives no figure), who
// must act, and the next step, exactly as a buyer following the guide would need them.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

describe('Kuaishou: the seller refuses the return', () => {
  const refused = order({ marketplace: 'kuaishou', stage: 'refund-refused', events: { refundRefusedAt: '2026-11-10T20:00:00+08:00' } });

  it('gives the guide\'s escalation as steps, with no invented deadline', () => {
    const a = at(refused, '2026-11-11T00:00:00Z');
    expect(a.timers).toEqual([]);
    expect(a.next).toEqual({ action: 'contact-seller', labels: [] });
    expect(a.path?.map((s) => [s.action, s.labels])).toEqual([
      ['contact-seller', []], ['contact-platform-service', ['快手客服']], ['appeal', ['申诉']], ['complain-regulator', ['12315']],
    ]);
    expect(a.notes).toEqual(['keep-evidence', 'mind-time-limits']);
  });

  it('promises no automatic approval when the seller lets 48 h pass: the buyer goes to customer service', () => {
    const asked = order({ marketplace: 'kuaishou', stage: 'refund-requested', events: { refundRequestedAt: '2026-11-10T20:00:00+08:00' } });
    const a = at(asked, '2026-11-12T20:00:01+08:00');
    expect(a.timers).toMatchObject([{ actor: 'seller', endsAt: '2026-11-12T20:00:00+08:00', onExpiry: 'buyer-may-escalate' }]);
    expect(a.next).toEqual({ action: 'contact-platform-service', labels: ['快手客服'], deadline: '2026-11-12T20:00:00+08:00' });
    expect(a.urgent?.reason).toBe('your-turn');
  });
});

describe('AliExpress: the seller ships after the buyer asked to cancel', () => {
  const shipped = order({
    stage: 'shipped', buttons: ['Contact seller', 'Open dispute', 'Confirm received'],
    events: { cancelRequestedAt: '2026-11-01T10:00:00-08:00', shippedAt: '2026-11-02T10:00:00-08:00' },
  });

  it('asks for tracking or proof first, then a dispute the page already offers — never "confirm received"', () => {
    const a = at(shipped, '2026-11-04T00:00:00Z');
    expect(a.timers).toMatchObject([{ ruleId: 'ae-protection-after-cancel', actor: 'buyer', endsAt: '2027-01-01T10:00:00-08:00' }]);
    expect(a.next).toEqual({ action: 'ask-shipping-proof', labels: ['Contact seller'], deadline: '2027-01-01T10:00:00-08:00' });
    expect(a.path).toEqual([
      { action: 'ask-shipping-proof', labels: ['Contact seller'] }, { action: 'open-dispute', labels: ['Open dispute'] },
    ]);
  });

  it('offers the dispute at once where the page shows only that button', () => {
    const a = at({ ...shipped, buttons: ['Open dispute'] }, '2026-11-04T00:00:00Z');
    expect(a.next).toMatchObject({ action: 'open-dispute', labels: ['Open dispute'] });
  });

  it('says not paying cancels an unpaid order', () => {
    expect(at(order({ stage: 'awaiting-payment', events: { placedAt: '2026-11-01T10:00:00-08:00' } }), '2026-11-02T00:00:00Z').notes)
      .toEqual(['unpaid-cancels']);
  });
});

describe('Xiaohongshu', () => {
  it('runs the 7-day no-reason return from 00:00 the day after signing, with the exclusions and the account warning', () => {
    const signed = order({ marketplace: 'xiaohongshu', stage: 'delivered', events: { deliveredAt: '2026-11-10T15:00:00+08:00' } });
    const a = at(signed, '2026-11-12T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'no-reason-return', actor: 'buyer', endsAt: '2026-11-18T00:00:00+08:00', onExpiry: 'right-lapses' }]);
    expect(a.notes).toEqual(['excluded-goods', 'refusal-limits-account']);
  });

  it('after a refusal: 帮助与客服, then 我的订单, then a reshipment — and warns that excluded goods may be refused', () => {
    const refused = order({ marketplace: 'xiaohongshu', stage: 'refund-requested', events: { refundRequestedAt: '2026-11-10T15:00:00+08:00' } });
    const a = at(refused, '2026-11-11T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ actor: 'seller', endsAt: '2026-11-13T15:00:00+08:00' }]);
    expect(a.next).toEqual({ action: 'wait', labels: [], deadline: '2026-11-13T15:00:00+08:00' });
    expect(a.path?.map((s) => s.action)).toEqual(['contact-platform-service', 'track-return', 'reship-or-exchange']);
    expect(a.path?.[0]?.labels).toEqual(['帮助与客服']);
    expect(a.notes).toEqual(['excluded-goods', 'refusal-limits-account', 'keep-evidence']);
  });

  it('while the parcel is on its way: watch it and move the delivery rather than refuse it (no figure)', () => {
    const shipped = order({ marketplace: 'xiaohongshu', stage: 'shipped', events: { shippedAt: '2026-11-01T10:00:00+08:00' } });
    const a = at(shipped, '2026-11-03T12:00:00+08:00');
    expect(a.notes).toEqual(['excluded-goods', 'refusal-limits-account', 'watch-delivery']);
    expect(a.timers.map((tm) => tm.ruleId)).toEqual(['xhs-auto-confirm']);
    // Once it has arrived the advice has passed.
    const signed = order({ marketplace: 'xiaohongshu', stage: 'delivered', events: { deliveredAt: '2026-11-03T12:00:00+08:00' } });
    expect(at(signed, '2026-11-04T00:00:00+08:00').notes).not.toContain('watch-delivery');
  });

  it('offers more time or a refund before the trade confirms itself, not confirming first', () => {
    const shipped = order({ marketplace: 'xiaohongshu', stage: 'shipped', events: { shippedAt: '2026-11-01T10:00:00+08:00' } });
    const a = at(shipped, '2026-11-12T12:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'auto-confirm', actor: 'buyer', endsAt: '2026-11-13T10:00:00+08:00' }]);
    expect(a.next).toEqual({ action: 'request-refund', labels: [], deadline: '2026-11-13T10:00:00+08:00' });
  });
});

describe('1688: confirming receipt is never the task', () => {
  const shipped = order({
    marketplace: '1688', stage: 'delivered', buttons: ['延长收货时间', '确认收货'],
    events: { shippedAt: '2026-11-01T10:00:00+08:00', deliveredAt: '2026-11-04T10:00:00+08:00' },
  });

  it('offers 延长收货时间 in the last day where the page shows it, and says not to confirm first', () => {
    const a = at(shipped, '2026-11-10T12:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'auto-confirm', actor: 'buyer', endsAt: '2026-11-11T10:00:00+08:00' }]);
    expect(a.next).toEqual({ action: 'extend-receipt', labels: ['延长收货时间'], deadline: '2026-11-11T10:00:00+08:00' });
    expect(a.notes).toEqual(['dont-confirm-first', 'keep-evidence', 'exact-refund-amount']);
  });
});

describe('a seller\'s time that runs out becomes the buyer\'s', () => {
  it('1688: the seller let the refund request time out — 申请平台介入', () => {
    const asked = order({ marketplace: '1688', stage: 'refund-requested', events: { refundRequestedAt: '2026-11-01T10:00:00+08:00' }, buttons: ['申请平台介入'] });
    const a = at(asked, '2026-11-06T10:00:01+08:00');
    expect(a.timers).toMatchObject([{ actor: 'seller', endsAt: '2026-11-06T10:00:00+08:00' }]);
    expect(a.urgent).toMatchObject({ ruleId: '1688-refund-response', reason: 'your-turn' });
    expect(a.next).toEqual({ action: 'request-platform-help', labels: ['申请平台介入'], deadline: '2026-11-06T10:00:00+08:00' });
    expect(a.notes).toEqual(['dont-confirm-first', 'dont-withdraw', 'keep-evidence']);
  });

  it('AliExpress: the refund is overdue — check it, then support', () => {
    const closed = order({ stage: 'closed', events: { paidAt: '2026-11-01T10:00:00-08:00', closedAt: '2026-11-03T10:00:00-08:00' }, buttons: ['View refund'] });
    const a = at(closed, '2026-11-18T00:00:00Z');
    expect(a.timers).toMatchObject([{ actor: 'platform', endsAt: '2026-11-17T10:00:00-08:00', onExpiry: 'refund-overdue' }]);
    expect(a.urgent?.reason).toBe('your-turn');
    expect(a.next).toEqual({ action: 'check-refund', labels: ['View refund'], deadline: '2026-11-17T10:00:00-08:00' });
  });

  it('Taobao: the seller is late to ship — a reminder, or the refund for late shipment', () => {
    const paid = order({ marketplace: 'taobao', stage: 'awaiting-shipment', events: { paidAt: '2026-11-01T10:00:00+08:00' }, buttons: ['提醒发货', '申请退款'] });
    const a = at(paid, '2026-11-03T10:00:01+08:00');
    expect(a.timers).toMatchObject([{ actor: 'seller', endsAt: '2026-11-03T10:00:00+08:00', onExpiry: 'seller-late' }]);
    expect(a.urgent?.reason).toBe('your-turn');
    expect(a.next).toEqual({ action: 'contact-seller', labels: ['提醒发货'], deadline: '2026-11-03T10:00:00+08:00' });
  });
});

describe('AliExpress: the seller ships (7 days, an estimate)', () => {
  const paid = order({ stage: 'awaiting-shipment', events: { paidAt: '2026-11-01T10:00:00-08:00' }, buttons: ['Cancel order', 'Contact seller'] });

  it('promises no automatic close: once past, the seller is late and cancelling is the buyer\'s move', () => {
    const a = at(paid, '2026-11-09T00:00:00Z');
    expect(a.timers).toMatchObject([{ actor: 'seller', endsAt: '2026-11-08T10:00:00-08:00', onExpiry: 'seller-late' }]);
    expect(a.next).toEqual({ action: 'cancel-order', labels: ['Cancel order'], deadline: '2026-11-08T10:00:00-08:00' });
  });

  it('says to answer yes to "complain about this supplier?" when cancelling for the seller\'s fault', () => {
    expect(at(paid, '2026-11-02T00:00:00Z').notes).toEqual(['complain-seller-fault']);
    // Not before paying, and not once shipped: the form asks only when a paid order is cancelled.
    expect(at(order({ stage: 'awaiting-payment', events: { placedAt: '2026-11-01T10:00:00-08:00' } }), '2026-11-02T00:00:00Z').notes).not.toContain('complain-seller-fault');
    expect(at(order({ stage: 'shipped', events: { shippedAt: '2026-11-01T10:00:00-08:00' } }), '2026-11-02T00:00:00Z').notes).toBeUndefined();
  });

  it('takes the processing time the page states instead', () => {
    const own = { ...paid, pageClocks: [{ clock: 'ship' as const, endsAt: '2026-11-21T10:00:00-08:00', text: 'processing time 20 days' }] };
    const a = at(own, '2026-11-09T00:00:00Z');
    expect(a.timers).toMatchObject([{ from: 'page', endsAt: '2026-11-21T10:00:00-08:00' }]);
    expect(a.next).toEqual({ action: 'wait', labels: ['Cancel order'], deadline: '2026-11-21T10:00:00-08:00' });
  });
});

describe('a button the page does not show', () => {
  it('is named in the page\'s language, not English', () => {
    // A Polish page still awaiting shipment, its cancel button not (yet) there: the step names it in Polish.
    const paid = order({ stage: 'awaiting-shipment', events: { paidAt: '2026-11-01T10:00:00-08:00' }, buttons: ['Skontaktuj się ze sprzedawcą'] });
    expect(at(paid, '2026-11-09T00:00:00Z').next).toEqual({
      action: 'contact-seller', labels: ['Skontaktuj się ze sprzedawcą'], deadline: '2026-11-08T10:00:00-08:00',
    });
    expect(at({ ...paid, buttons: ['Skontaktuj się ze sprzedawcą'] }, '2026-11-02T00:00:00Z').next?.labels[0]).toBe('Anuluj zamówienie');
  });
});
