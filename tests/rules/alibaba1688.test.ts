// 1688 scenarios, Beijing-time inputs, with the exact deadlines expected — above all the three
// auto-confirm cases of the rule in force since 26 Jun 2023.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

const a1688 = (over: Parameters<typeof order>[0]) => order({ marketplace: '1688', orderId: '2891234567890123456', ...over });
const SHIPPED_AT = '2025-11-03T14:20:00+08:00';
const RECEIVE_BUTTONS = ['查看物流', '确认收货', '申请退款'];

describe('1688: paying', () => {
  const unpaid = a1688({ stage: 'awaiting-payment', events: { placedAt: '2025-11-01T09:15:00+08:00' }, buttons: ['付款', '取消订单'] });

  it('gives 5 days to pay and points at 付款', () => {
    const a = at(unpaid, '2025-11-02T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'payment', ruleId: '1688-payment', actor: 'buyer', endsAt: '2025-11-06T09:15:00+08:00', from: 'rule',
      onExpiry: 'order-closes', confidence: 'secondary', alternatives: ['per-order payTimeout (e.g. 12 h)'],
    }]);
    expect(a.next).toEqual({ action: 'pay', labels: ['付款'], deadline: '2025-11-06T09:15:00+08:00' });
  });

  it('takes the order\'s own pay timeout from the page', () => {
    const short = { ...unpaid, pageClocks: [{ clock: 'payment' as const, endsAt: '2025-11-01T21:15:00+08:00', text: '剩余11小时' }] };
    expect(at(short, '2025-11-01T10:00:00+08:00').timers).toMatchObject([{ endsAt: '2025-11-01T21:15:00+08:00', from: 'page' }]);
  });
});

describe('1688: auto-confirm receipt since 26 Jun 2023', () => {
  const receiving = (deliveredAt?: string) =>
    a1688({ stage: 'shipped', events: deliveredAt ? { shippedAt: SHIPPED_AT, deliveredAt } : { shippedAt: SHIPPED_AT }, buttons: RECEIVE_BUTTONS });
  const timer = (deliveredAt: string | undefined, now: string) => {
    const { timers } = at(receiving(deliveredAt), now);
    expect(timers).toHaveLength(1);
    return timers[0];
  };

  it('signed within 8 days: 10 days after shipping', () => {
    expect(timer('2025-11-07T09:00:00+08:00', '2025-11-08T00:00:00+08:00')).toEqual({
      clock: 'auto-confirm', ruleId: '1688-auto-confirm', actor: 'buyer', endsAt: '2025-11-13T14:20:00+08:00', from: 'rule',
      onExpiry: 'receipt-confirmed', confidence: 'secondary', alternatives: ['10 d, 30 d without logistics (before 26 Jun 2023)'],
    });
  });

  it('gives the issue\'s two orders their exact deadlines: shipped 1 Jun 12:00, signed on day 11 or on day 4', () => {
    const shipped = (deliveredAt: string) =>
      a1688({ stage: 'delivered', events: { shippedAt: '2026-06-01T12:00:00+08:00', deliveredAt }, buttons: RECEIVE_BUTTONS });
    expect(at(shipped('2026-06-12T09:00:00+08:00'), '2026-06-12T10:00:00+08:00').timers)
      .toMatchObject([{ clock: 'auto-confirm', ruleId: '1688-auto-confirm-signed-late', endsAt: '2026-06-14T09:00:00+08:00' }]);
    expect(at(shipped('2026-06-05T09:00:00+08:00'), '2026-06-05T10:00:00+08:00').timers)
      .toMatchObject([{ clock: 'auto-confirm', ruleId: '1688-auto-confirm', endsAt: '2026-06-11T12:00:00+08:00' }]);
  });

  it('signed after day 8 (within 28 days): 48 hours after signing', () => {
    expect(timer('2025-11-15T18:30:00+08:00', '2025-11-16T00:00:00+08:00')).toEqual({
      clock: 'auto-confirm', ruleId: '1688-auto-confirm-signed-late', actor: 'buyer', endsAt: '2025-11-17T18:30:00+08:00', from: 'rule',
      onExpiry: 'receipt-confirmed', confidence: 'secondary',
    });
  });

  it('not signed within 28 days: 30 days after shipping, whether signed later or never', () => {
    expect(timer(undefined, '2025-12-02T00:00:00+08:00')).toMatchObject({ ruleId: '1688-auto-confirm-never-signed', endsAt: '2025-12-03T14:20:00+08:00' });
    expect(timer('2025-12-02T15:00:00+08:00', '2025-12-02T16:00:00+08:00')).toMatchObject({ ruleId: '1688-auto-confirm-never-signed', endsAt: '2025-12-03T14:20:00+08:00' });
  });

  it('puts the 8-day and 28-day bounds on the side of the earlier case', () => {
    expect(timer('2025-11-11T14:20:00+08:00', '2025-11-12T00:00:00+08:00')).toMatchObject({ ruleId: '1688-auto-confirm', endsAt: '2025-11-13T14:20:00+08:00' });
    expect(timer('2025-11-11T14:20:01+08:00', '2025-11-12T00:00:00+08:00')).toMatchObject({ ruleId: '1688-auto-confirm-signed-late', endsAt: '2025-11-13T14:20:01+08:00' });
    expect(timer('2025-12-01T14:20:00+08:00', '2025-12-01T15:00:00+08:00')).toMatchObject({ ruleId: '1688-auto-confirm-signed-late', endsAt: '2025-12-03T14:20:00+08:00' });
  });

  it('while unsigned: 10 days until day 8 passes, then 30 days at the latest', () => {
    expect(timer(undefined, '2025-11-08T00:00:00+08:00')).toMatchObject({ ruleId: '1688-auto-confirm', endsAt: '2025-11-13T14:20:00+08:00' });
    expect(timer(undefined, '2025-11-11T14:20:01+08:00')).toMatchObject({
      ruleId: '1688-auto-confirm-unsigned', endsAt: '2025-12-03T14:20:00+08:00', alternatives: ['48 h after signing, if signed by day 28'],
    });
  });

  it('also when the order reads as signed for', () => {
    const signed = { ...receiving('2025-11-05T10:00:00+08:00'), stage: 'delivered' as const };
    expect(at(signed, '2025-11-06T00:00:00+08:00').timers).toMatchObject([{ ruleId: '1688-auto-confirm', endsAt: '2025-11-13T14:20:00+08:00' }]);
  });

  it('keeps the page\'s countdown even without a shipping date', () => {
    const o = { ...receiving(), events: {}, pageClocks: [{ clock: 'auto-confirm' as const, endsAt: '2025-11-12T08:00:00+08:00', text: '还剩3天' }] };
    expect(at(o, '2025-11-09T08:00:00+08:00').timers).toMatchObject([{ ruleId: '1688-auto-confirm-page', endsAt: '2025-11-12T08:00:00+08:00', from: 'page' }]);
    expect(at({ ...o, pageClocks: [] }, '2025-11-09T08:00:00+08:00').timers).toEqual([]);
  });

  it('says to confirm only while there is time; in the last day, to ask for the refund first', () => {
    const o = receiving('2025-11-07T09:00:00+08:00');
    expect(at(o, '2025-11-12T14:19:59+08:00').next).toEqual({ action: 'confirm-receipt', labels: ['确认收货'], deadline: '2025-11-13T14:20:00+08:00' });
    expect(at(o, '2025-11-12T14:20:00+08:00').next).toEqual({ action: 'request-refund', labels: ['申请退款'], deadline: '2025-11-13T14:20:00+08:00' });
  });
});

describe('1688: refunds and returns', () => {
  const requested = a1688({ stage: 'refund-requested', events: { shippedAt: SHIPPED_AT, refundRequestedAt: '2025-11-20T10:00:00+08:00' } });

  it('gives the seller 5 days to answer; the buyer waits', () => {
    const a = at(requested, '2025-11-21T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'refund-response', ruleId: '1688-refund-response', actor: 'seller', endsAt: '2025-11-25T10:00:00+08:00', from: 'rule',
      onExpiry: 'buyer-may-escalate', confidence: 'seed', alternatives: ['2 h (fast refund)', '0 s (0秒退, some members)'],
    }]);
    expect(a.next).toEqual({ action: 'wait', labels: [], deadline: '2025-11-25T10:00:00+08:00' });
  });

  it('once the seller\'s time ran out, says to press 申请平台介入', () => {
    expect(at(requested, '2025-11-25T10:00:00+08:00').next).toEqual({ action: 'request-platform-help', labels: ['申请平台介入'], deadline: '2025-11-25T10:00:00+08:00' });
    expect(at(requested, '2025-11-27T00:00:00+08:00').next).toEqual({ action: 'request-platform-help', labels: ['申请平台介入'], deadline: '2025-11-25T10:00:00+08:00' });
  });

  it('runs no auto-confirm clock while the refund is open', () => {
    expect(at(requested, '2025-11-21T00:00:00+08:00').timers.map((t) => t.clock)).toEqual(['refund-response']);
  });

  it('gives the buyer 5 days to revise a refused request, 修改申请 or 申请平台介入', () => {
    const refused = a1688({ stage: 'refund-refused', events: { refundRefusedAt: '2025-11-22T16:00:00+08:00' }, buttons: ['修改申请', '申请平台介入'] });
    const a = at(refused, '2025-11-23T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'revise', actor: 'buyer', endsAt: '2025-11-27T16:00:00+08:00', onExpiry: 'request-closes' }]);
    expect(a.next).toEqual({ action: 'revise-request', labels: ['修改申请'], deadline: '2025-11-27T16:00:00+08:00' });
    expect(at({ ...refused, buttons: ['申请平台介入'] }, '2025-11-23T00:00:00+08:00').next?.action).toBe('request-platform-help');
  });

  it('gives the buyer 7 days to ship a return, and the seller 10 to confirm it', () => {
    const agreed = a1688({ stage: 'return-awaiting-buyer', events: { returnAgreedAt: '2025-11-24T11:11:11+08:00' } });
    expect(at(agreed, '2025-11-25T00:00:00+08:00').timers).toMatchObject([{ clock: 'return-shipping', endsAt: '2025-12-01T11:11:11+08:00', onExpiry: 'request-closes' }]);
    expect(at(agreed, '2025-11-25T00:00:00+08:00').next).toMatchObject({ action: 'ship-return', labels: ['填写退货物流'] });
    const returned = a1688({ stage: 'return-shipped', events: { returnShippedAt: '2025-11-26T08:00:00+08:00' } });
    expect(at(returned, '2025-11-27T00:00:00+08:00').timers).toMatchObject([{ clock: 'return-confirm', actor: 'seller', endsAt: '2025-12-06T08:00:00+08:00', onExpiry: 'buyer-may-escalate' }]);
    expect(at(returned, '2025-12-07T00:00:00+08:00').next).toMatchObject({ action: 'request-platform-help', labels: ['申请平台介入'] });
  });
});
