// Kuaishou orders, tracked by hand: the buyer picks the stage and enters the event that started it.
// Beijing-time inputs, exact deadlines; no page, so no button labels.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

const ks = (over: Parameters<typeof order>[0]) => order({ marketplace: 'kuaishou', orderId: 'manual-ks-1', ...over });

describe('Kuaishou', () => {
  it('leaves 7 days to ask for a no-reason refund, from 00:00 the day after receipt', () => {
    const a = at(ks({ stage: 'delivered', events: { deliveredAt: '2025-11-08T03:44:47+08:00' } }), '2025-11-09T12:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'no-reason-return', ruleId: 'ks-no-reason-return', actor: 'buyer', endsAt: '2025-11-16T00:00:00+08:00', from: 'rule',
      onExpiry: 'right-lapses', confidence: 'seed',
    }]);
    expect(a.next).toEqual({ action: 'request-refund', labels: [], deadline: '2025-11-16T00:00:00+08:00' });
  });

  it('counts the same from a late-evening receipt, a receipt known only to the day, or the buyer\'s confirmation', () => {
    const endsAt = (events: Record<string, string>, stage: 'delivered' | 'completed' = 'delivered') =>
      at(ks({ stage, events }), '2025-11-09T12:00:00+08:00').timers[0]?.endsAt;
    expect(endsAt({ deliveredAt: '2025-11-08T23:59:59+08:00' })).toBe('2025-11-16T00:00:00+08:00');
    expect(endsAt({ deliveredAt: '2025-11-08T00:00:00+08:00' })).toBe('2025-11-16T00:00:00+08:00');
    expect(endsAt({ receivedAt: '2025-11-08T18:00:00+08:00' }, 'completed')).toBe('2025-11-16T00:00:00+08:00');
    // The signing, when known, counts rather than a later confirmation.
    expect(endsAt({ deliveredAt: '2025-11-07T10:00:00+08:00', receivedAt: '2025-11-08T18:00:00+08:00' })).toBe('2025-11-15T00:00:00+08:00');
  });

  it('gives the seller 48 hours to confirm the return details, then the buyer may go to customer service', () => {
    const a = at(ks({ stage: 'refund-requested', events: { refundRequestedAt: '2025-11-10T21:30:00+08:00' } }), '2025-11-11T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'refund-response', actor: 'seller', endsAt: '2025-11-12T21:30:00+08:00', onExpiry: 'buyer-may-escalate', confidence: 'seed' }]);
    expect(a.next).toEqual({ action: 'wait', labels: [], deadline: '2025-11-12T21:30:00+08:00' });
  });

  it('gives the buyer 10 days to ship the return', () => {
    const a = at(ks({ stage: 'return-awaiting-buyer', events: { returnAgreedAt: '2025-11-12T09:00:00+08:00' } }), '2025-11-13T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'return-shipping', ruleId: 'ks-return-shipping', actor: 'buyer', endsAt: '2025-11-22T09:00:00+08:00', from: 'rule',
      onExpiry: 'request-closes', confidence: 'secondary', alternatives: ['7 d (older)'],
    }]);
    expect(a.next).toEqual({ action: 'ship-return', labels: [], deadline: '2025-11-22T09:00:00+08:00' });
  });

  it('gives the seller 3 days from the return\'s arrival to refund, and no timer before it arrives', () => {
    const returned = ks({ stage: 'return-shipped', events: { returnShippedAt: '2025-11-13T10:00:00+08:00' } });
    expect(at(returned, '2025-11-14T00:00:00+08:00').timers).toEqual([]);
    const arrived = { ...returned, events: { ...returned.events, returnDeliveredAt: '2025-11-15T14:00:00+08:00' } };
    expect(at(arrived, '2025-11-16T00:00:00+08:00').timers).toEqual([{
      clock: 'return-confirm', ruleId: 'ks-return-confirm', actor: 'seller', endsAt: '2025-11-18T14:00:00+08:00', from: 'rule',
      onExpiry: 'buyer-may-escalate', confidence: 'seed', alternatives: ['7 d'],
    }]);
  });
});
