// Taobao and Tmall scenarios, Beijing-time inputs, with the exact deadlines expected.
import { describe, expect, it } from 'vitest';
import { addToIso } from '../../src/lib/time';
import { at, DAY_MS, order } from './orders';

const HOUR_MS = 3_600_000;
const tb = (over: Parameters<typeof order>[0]) => order({ marketplace: 'taobao', orderId: '4312345678901234567', ...over });
const SHIPPED_AT = '2025-11-08T03:44:47+08:00';
const DETAIL_BUTTONS = ['查看物流', '延长收货时间', '确认收货', '申请退款'];

describe('Taobao: paying and shipping', () => {
  const unpaid = tb({ stage: 'awaiting-payment', events: { placedAt: '2025-11-11T00:00:05+08:00' }, buttons: ['立即付款', '取消订单'] });

  it('gives an unpaid order 24 hours and points at 立即付款', () => {
    const a = at(unpaid, '2025-11-11T08:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'payment', ruleId: 'tb-payment', actor: 'buyer', endsAt: '2025-11-12T00:00:05+08:00', from: 'rule',
      onExpiry: 'order-closes', confidence: 'secondary', alternatives: ['72 h (older)', '30 min (聚划算 / 天天特价)', '15 min (淘抢购)'],
    }]);
    expect(a.next).toEqual({ action: 'pay', labels: ['立即付款'], deadline: '2025-11-12T00:00:05+08:00' });
  });

  it('takes a sale\'s short payment countdown from the page', () => {
    const flash = { ...unpaid, pageClocks: [{ clock: 'payment' as const, endsAt: '2025-11-11T00:30:05+08:00', text: '剩余29分钟' }] };
    expect(at(flash, '2025-11-11T00:01:00+08:00').timers).toMatchObject([{ endsAt: '2025-11-11T00:30:05+08:00', from: 'page' }]);
  });

  it('applies to Tmall orders too', () => {
    expect(at({ ...unpaid, marketplace: 'tmall' }, '2025-11-11T08:00:00+08:00').timers[0]?.ruleId).toBe('tb-payment');
  });

  const paid = tb({ stage: 'awaiting-shipment', events: { paidAt: '2025-11-11T00:02:10+08:00' }, buttons: ['提醒发货', '申请退款'] });

  it('gives the seller 48 hours to ship; meanwhile there is nothing to do but wait', () => {
    const a = at(paid, '2025-11-12T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'ship', ruleId: 'tb-ship', actor: 'seller', endsAt: '2025-11-13T00:02:10+08:00', from: 'rule',
      onExpiry: 'seller-late', confidence: 'secondary', alternatives: ['72 h (older)'],
    }]);
    expect(a.next).toEqual({ action: 'wait', labels: ['申请退款'], deadline: '2025-11-13T00:02:10+08:00' });
  });

  it('once the seller is late, says to press 提醒发货', () => {
    expect(at(paid, '2025-11-13T00:02:10+08:00').next).toMatchObject({ action: 'contact-seller', labels: ['提醒发货'] });
    expect(at({ ...paid, buttons: ['申请退款'] }, '2025-11-14T00:00:00+08:00').next).toMatchObject({ action: 'request-refund', labels: ['申请退款'] });
  });

  it('uses the seller\'s promised shipping date from the page', () => {
    const promised = { ...paid, pageClocks: [{ clock: 'ship' as const, endsAt: '2025-11-15T18:00:00+08:00', text: '11月15日 18:00前发货' }] };
    expect(at(promised, '2025-11-12T00:00:00+08:00').timers).toMatchObject([{ ruleId: 'tb-ship', endsAt: '2025-11-15T18:00:00+08:00', from: 'page' }]);
  });
});

describe('Taobao: the auto-confirm clock', () => {
  const shipped = tb({ stage: 'shipped', statusText: '卖家已发货', events: { shippedAt: SHIPPED_AT }, buttons: DETAIL_BUTTONS });

  it('runs 10 days from shipping, to the second, when the page shows no countdown', () => {
    const a = at(shipped, '2025-11-09T12:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', endsAt: '2025-11-18T03:44:47+08:00', from: 'rule',
      onExpiry: 'receipt-confirmed', confidence: 'secondary',
      alternatives: ['30 d (平邮 surface mail)', '3 d (virtual goods)', '24 h (auto-delivery)', '20 d (overseas direct)'],
    }]);
    expect(a.next).toEqual({ action: 'confirm-receipt', labels: ['确认收货'], deadline: '2025-11-18T03:44:47+08:00' });
  });

  // Issue 3's done-when.
  describe('with the page\'s "还剩X天X时"', () => {
    const now = '2025-11-15T12:00:00+08:00';
    const withCountdown = (days: number, hours: number, text: string) => ({
      ...shipped, pageClocks: [{ clock: 'auto-confirm' as const, endsAt: addToIso(now, days * DAY_MS + hours * HOUR_MS), text }],
    });

    it('还剩2天4时: the timer comes from the page, ends 2 d 4 h after the reading, and says to extend', () => {
      const a = at(withCountdown(2, 4, '还剩2天4时'), now);
      expect(a.timers).toEqual([{
        clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', endsAt: '2025-11-17T16:00:00+08:00', from: 'page',
        onExpiry: 'receipt-confirmed', confidence: 'page',
      }]);
      expect(Date.parse(a.timers[0]!.endsAt) - Date.parse(now)).toBe(2 * DAY_MS + 4 * HOUR_MS);
      expect(a.next).toEqual({ action: 'extend-receipt', labels: ['延长收货时间'], deadline: '2025-11-17T16:00:00+08:00' });
    });

    it('还剩9天10时: no extension yet, confirm receipt once the goods are fine', () => {
      const a = at(withCountdown(9, 10, '还剩9天10时'), now);
      expect(a.timers).toMatchObject([{ endsAt: '2025-11-24T22:00:00+08:00', from: 'page' }]);
      expect(a.next?.action).not.toBe('extend-receipt');
      expect(a.next).toEqual({ action: 'confirm-receipt', labels: ['确认收货'], deadline: '2025-11-24T22:00:00+08:00' });
    });
  });

  it('offers the extension from exactly 3 days before the end', () => {
    expect(at(shipped, '2025-11-15T03:44:46+08:00').next?.action).toBe('confirm-receipt');
    expect(at(shipped, '2025-11-15T03:44:47+08:00').next?.action).toBe('extend-receipt');
  });

  it('says to confirm when the extension is used up and the page no longer offers it', () => {
    const extended = { ...shipped, buttons: ['查看物流', '确认收货'] };
    expect(at(extended, '2025-11-16T00:00:00+08:00').next).toMatchObject({ action: 'confirm-receipt', labels: ['确认收货'] });
  });

  it('counts no auto-confirm time while a refund is open (the request pauses it), but shows the page\'s own countdown', () => {
    for (const stage of ['refund-requested', 'refund-refused', 'return-awaiting-buyer', 'return-shipped'] as const) {
      const refunding = tb({ stage, events: { shippedAt: SHIPPED_AT, refundRequestedAt: '2025-11-10T09:00:00+08:00' } });
      expect(at(refunding, '2025-11-11T00:00:00+08:00').timers.map((t) => t.clock), stage).not.toContain('auto-confirm');
      // The order's page says the countdown runs (a refused refund): that is the fact, whatever the stage.
      const shown = { ...refunding, pageClocks: [{ clock: 'auto-confirm' as const, endsAt: '2025-11-18T03:44:47+08:00', text: '还剩7天' }] };
      expect(at(shown, '2025-11-11T00:00:00+08:00').timers.find((t) => t.clock === 'auto-confirm'), stage)
        .toMatchObject({ from: 'page', actor: 'buyer', endsAt: '2025-11-18T03:44:47+08:00' });
    }
  });
});

describe('Taobao: after the parcel is signed for', () => {
  const delivered = tb({ stage: 'delivered', events: { shippedAt: SHIPPED_AT, deliveredAt: '2025-11-10T15:20:00+08:00' }, buttons: DETAIL_BUTTONS });

  it('counts the 7-day no-reason return from 00:00 of the day after signing', () => {
    const a = at(delivered, '2025-11-11T10:00:00+08:00');
    expect(a.timers).toEqual([
      { clock: 'no-reason-return', ruleId: 'tb-no-reason-return', actor: 'buyer', endsAt: '2025-11-18T00:00:00+08:00', from: 'rule', onExpiry: 'right-lapses', confidence: 'secondary' },
      expect.objectContaining({ clock: 'auto-confirm', endsAt: '2025-11-18T03:44:47+08:00' }),
    ]);
    // The trade's own step comes first while the return right is not about to lapse…
    expect(a.next).toMatchObject({ action: 'confirm-receipt', labels: ['确认收货'] });
    // …and in its last day the return is the step that cannot wait.
    expect(at(delivered, '2025-11-17T00:00:00+08:00').next).toEqual({ action: 'request-refund', labels: ['申请退款'], deadline: '2025-11-18T00:00:00+08:00' });
  });

  it('runs the no-reason clock only for goods the page marks 七天退换, and when the page says nothing of marks', () => {
    const clocks = (noReasonReturn?: boolean) =>
      at({ ...delivered, ...(noReasonReturn === undefined ? {} : { noReasonReturn }) }, '2025-11-11T10:00:00+08:00').timers.map((t) => t.clock);
    expect(clocks(true)).toEqual(['no-reason-return', 'auto-confirm']);
    expect(clocks(undefined)).toEqual(['no-reason-return', 'auto-confirm']);
    expect(clocks(false)).toEqual(['auto-confirm']);
  });

  it('ends the no-reason right at the earliest it can, without the signing date: counted from the shipping day', () => {
    const a = at({ ...delivered, events: { shippedAt: SHIPPED_AT, receivedAt: '2025-11-12T08:00:00+08:00' } }, '2025-11-12T10:00:00+08:00');
    expect(a.timers.find((t) => t.clock === 'no-reason-return')).toMatchObject({
      endsAt: '2025-11-16T00:00:00+08:00', earliest: { event: 'deliveredAt', why: 'no-date' },
    });
  });

  it('leaves 15 days of after-sales once the trade succeeds, the return right still running beside it', () => {
    const completed = tb({
      stage: 'completed', events: { deliveredAt: '2025-11-10T15:20:00+08:00', completedAt: '2025-11-12T20:00:00+08:00' }, buttons: ['申请售后', '评价'],
    });
    const a = at(completed, '2025-11-17T12:00:00+08:00');
    expect(a.timers).toMatchObject([
      { ruleId: 'tb-no-reason-return', endsAt: '2025-11-18T00:00:00+08:00' },
      { ruleId: 'tb-after-sales', clock: 'after-sales', endsAt: '2025-11-27T20:00:00+08:00', onExpiry: 'right-lapses' },
    ]);
    expect(a.next).toEqual({ action: 'request-refund', labels: ['申请售后'], deadline: '2025-11-18T00:00:00+08:00' });
    expect(at(completed, '2025-11-20T12:00:00+08:00').next).toEqual({ action: 'request-refund', labels: ['申请售后'], deadline: '2025-11-27T20:00:00+08:00' });
  });

  it('shows Tmall price protection from the page only', () => {
    const tmall = tb({ marketplace: 'tmall', stage: 'completed', events: { completedAt: '2025-11-12T20:00:00+08:00' }, buttons: ['申请价保'] });
    expect(at(tmall, '2025-11-13T00:00:00+08:00').timers.map((t) => t.clock)).toEqual(['after-sales']);
    const protectedOrder = { ...tmall, pageClocks: [{ clock: 'price-protection' as const, endsAt: '2025-11-25T23:59:59+08:00', text: '价保期 2025-11-11 到 2025-11-25' }] };
    const a = at(protectedOrder, '2025-11-13T00:00:00+08:00');
    expect(a.timers[0]).toEqual({
      clock: 'price-protection', ruleId: 'tb-price-protection', actor: 'buyer', endsAt: '2025-11-25T23:59:59+08:00', from: 'page',
      onExpiry: 'right-lapses', confidence: 'page',
    });
    expect(a.next).toMatchObject({ action: 'request-refund', labels: ['申请价保'] });
  });
});
