// Xiaohongshu orders, tracked by hand, under the platform's 2019 timing rules. Beijing-time inputs,
// exact deadlines; no page, so no button labels.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

const xhs = (over: Parameters<typeof order>[0]) => order({ marketplace: 'xiaohongshu', orderId: 'manual-xhs-1', ...over });

describe('Xiaohongshu', () => {
  it('gives 30 minutes to pay', () => {
    const a = at(xhs({ stage: 'awaiting-payment', events: { placedAt: '2025-11-11T00:00:00+08:00' } }), '2025-11-11T00:10:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'payment', ruleId: 'xhs-payment', actor: 'buyer', endsAt: '2025-11-11T00:30:00+08:00', from: 'rule',
      onExpiry: 'order-closes', confidence: 'official',
    }]);
    expect(a.next).toEqual({ action: 'pay', labels: [], deadline: '2025-11-11T00:30:00+08:00' });
    expect(at(xhs({ stage: 'awaiting-payment', events: { placedAt: '2025-11-11T00:00:00+08:00' } }), '2025-11-11T00:30:01+08:00').next).toBeNull();
  });

  it('confirms receipt by itself 12 days after shipping, 30 days for goods from abroad', () => {
    const a = at(xhs({ stage: 'shipped', events: { shippedAt: '2025-11-08T03:44:47+08:00' } }), '2025-11-09T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'auto-confirm', ruleId: 'xhs-auto-confirm', actor: 'buyer', endsAt: '2025-11-20T03:44:47+08:00', from: 'rule',
      onExpiry: 'receipt-confirmed', confidence: 'official', alternatives: ['30 d (shipped from abroad)'],
    }]);
    expect(a.next).toEqual({ action: 'confirm-receipt', labels: [], deadline: '2025-11-20T03:44:47+08:00' });
  });

  it('gives the seller 72 hours to handle a refund, then agrees by itself', () => {
    const a = at(xhs({ stage: 'refund-requested', events: { refundRequestedAt: '2025-11-12T20:00:00+08:00' } }), '2025-11-13T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'refund-response', actor: 'seller', endsAt: '2025-11-15T20:00:00+08:00', onExpiry: 'request-approved', alternatives: ['96 h (overseas sellers)'] }]);
  });

  it('gives the seller 10 days from the return waybill to confirm, then refunds by itself', () => {
    const a = at(xhs({ stage: 'return-shipped', events: { returnShippedAt: '2025-11-16T09:30:00+08:00' } }), '2025-11-17T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'return-confirm', actor: 'seller', endsAt: '2025-11-26T09:30:00+08:00', onExpiry: 'refund-granted' }]);
  });
});
