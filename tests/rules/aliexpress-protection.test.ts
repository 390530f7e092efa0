// AliExpress scenarios from shipment to disputes and returns, with the exact deadlines expected.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

const SHIPPED_PAGE = ['Confirm received', 'Open dispute', 'Track order'];

describe('AliExpress: buyer protection while the parcel travels', () => {
  const shipped = order({ stage: 'shipped', events: { shippedAt: '2026-11-08T03:44:47+08:00' }, buttons: SHIPPED_PAGE });

  it('runs 60 days from shipment when the page shows no countdown', () => {
    const [timer] = at(shipped, '2026-12-08T03:44:47+08:00').timers;
    expect(timer).toEqual({
      clock: 'protection', ruleId: 'ae-protection', actor: 'buyer', endsAt: '2027-01-07T03:44:47+08:00', from: 'rule',
      onExpiry: 'order-completes', confidence: 'official', alternatives: ['90 d (Russia)', '120 d (Brazil)'],
    });
  });

  it('takes the page\'s countdown over the arithmetic, and says so', () => {
    const withCountdown = { ...shipped, pageClocks: [{ clock: 'protection' as const, endsAt: '2026-12-20T11:22:33+08:00', text: 'Buyer protection: 12 days 03:22:11' }] };
    const a = at(withCountdown, '2026-12-08T08:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'protection', ruleId: 'ae-protection', actor: 'buyer', endsAt: '2026-12-20T11:22:33+08:00', from: 'page',
      onExpiry: 'order-completes', confidence: 'page', ruleEndsAt: '2027-01-07T03:44:47+08:00',
    }]);
    expect(a.next?.deadline).toBe('2026-12-20T11:22:33+08:00');
  });

  it('falls back to the arithmetic when the page\'s countdown is unreadable', () => {
    const broken = { ...shipped, pageClocks: [{ clock: 'protection' as const, endsAt: 'soon', text: '?' }] };
    expect(at(broken, '2026-12-08T03:44:47+08:00').timers[0]).toMatchObject({ from: 'rule', endsAt: '2027-01-07T03:44:47+08:00' });
  });

  it('with 30 days left: confirm receipt once the goods are fine', () => {
    expect(at(shipped, '2026-12-08T03:44:47+08:00').next).toEqual({
      action: 'confirm-receipt', labels: ['Confirm received'], deadline: '2027-01-07T03:44:47+08:00',
    });
  });

  it('with 3 days left: open a dispute, or extend the time where the page offers only that', () => {
    const now = '2027-01-04T03:44:47+08:00';
    expect(at(shipped, now).next).toEqual({ action: 'open-dispute', labels: ['Open dispute'], deadline: '2027-01-07T03:44:47+08:00' });
    expect(at({ ...shipped, buttons: ['Extend time', 'Confirm received'] }, now).next).toMatchObject({ action: 'extend-protection', labels: ['Extend time'] });
    // Russian page: the label comes back as the Russian button.
    expect(at({ ...shipped, buttons: ['Подтвердить получение товара', 'Открыть спор'] }, now).next?.labels).toEqual(['Открыть спор']);
  });

  it('switches to the urgent steps exactly 5 days before the end', () => {
    expect(at(shipped, '2027-01-02T03:44:46+08:00').next?.action).toBe('confirm-receipt');
    expect(at(shipped, '2027-01-02T03:44:47+08:00').next?.action).toBe('open-dispute');
  });

  describe('a dispute opens on day 11 after shipment at the earliest', () => {
    const early = order({
      stage: 'shipped', events: { shippedAt: '2026-11-01T10:00:00+08:00' }, buttons: ['Confirm received'],
      pageClocks: [{ clock: 'protection', endsAt: '2026-11-13T10:00:00+08:00', text: 'Buyer protection: 12 days' }],
    });

    it('offers extending the time, not a dispute, before then', () => {
      expect(at(early, '2026-11-11T09:59:59+08:00').next).toEqual({
        action: 'extend-protection', labels: ['Extend time', 'Przedłuż czas', 'Продлить время', 'Продлить защиту', 'Ampliar plazo', 'Extender tiempo'],
        deadline: '2026-11-13T10:00:00+08:00',
      });
    });

    it('offers the dispute from day 11', () => {
      expect(at(early, '2026-11-11T10:00:00+08:00').next?.action).toBe('open-dispute');
    });

    it('believes the page when it already shows "Open dispute"', () => {
      expect(at({ ...early, buttons: ['Open Dispute'] }, '2026-11-10T10:00:00+08:00').next).toMatchObject({ action: 'open-dispute', labels: ['Open dispute'] });
    });

    it('hides nothing when the shipment date is unknown', () => {
      expect(at({ ...early, events: {} }, '2026-11-12T10:00:00+08:00').next?.action).toBe('open-dispute');
    });
  });

  it('gives 5 days after delivery to confirm or dispute', () => {
    const delivered = order({ stage: 'delivered', events: { shippedAt: '2026-11-20T10:00:00+08:00', deliveredAt: '2026-12-01T00:00:00+01:00' }, buttons: ['Open dispute'] });
    const a = at(delivered, '2026-12-02T00:00:00+01:00');
    expect(a.timers).toMatchObject([{ ruleId: 'ae-protection-delivered', clock: 'protection', endsAt: '2026-12-06T00:00:00+01:00', onExpiry: 'order-completes' }]);
    expect(a.next).toMatchObject({ action: 'open-dispute', labels: ['Open dispute'] });
    expect(at({ ...delivered, buttons: [] }, '2026-12-02T00:00:00+01:00').next?.action).toBe('confirm-receipt');
  });
});

describe('AliExpress: after completion, disputes and returns', () => {
  it('leaves 15 days to open a dispute after completion, counted from receipt when that is all it has', () => {
    const completed = order({ stage: 'completed', events: { completedAt: '2026-12-10T12:00:00Z', receivedAt: '2026-12-09T08:00:00Z' } });
    expect(at(completed, '2026-12-11T00:00:00Z').timers).toMatchObject([{ clock: 'dispute-after-completion', endsAt: '2026-12-25T12:00:00+00:00', onExpiry: 'right-lapses' }]);
    expect(at({ ...completed, events: { receivedAt: '2026-12-09T08:00:00-08:00' } }, '2026-12-11T00:00:00Z').timers[0]?.endsAt).toBe('2026-12-24T08:00:00-08:00');
    expect(at({ ...completed, events: {} }, '2026-12-11T00:00:00Z')).toEqual({ stage: 'completed', timers: [], next: null, urgent: null });
  });

  const dispute = order({ stage: 'dispute-open', events: { disputeOpenedAt: '2026-12-01T09:00:00-08:00' }, buttons: ['Contact seller', 'View dispute'] });

  it('gives the seller 5 days to answer and 15 days to settle, soonest first', () => {
    const a = at(dispute, '2026-12-02T09:00:00-08:00');
    expect(a.timers).toEqual([
      { clock: 'dispute-response', ruleId: 'ae-dispute-response', actor: 'seller', endsAt: '2026-12-06T09:00:00-08:00', from: 'rule', onExpiry: 'refund-granted', confidence: 'official' },
      { clock: 'escalation', ruleId: 'ae-escalation', actor: 'seller', endsAt: '2026-12-16T09:00:00-08:00', from: 'rule', onExpiry: 'platform-steps-in', confidence: 'official', alternatives: ['7 d (2017)'] },
    ]);
    expect(a.next).toEqual({ action: 'wait', labels: ['Contact seller'], deadline: '2026-12-06T09:00:00-08:00' });
  });

  it('points at "Escalate dispute" once the seller\'s answer time has passed', () => {
    expect(at(dispute, '2026-12-07T09:00:00-08:00').next).toMatchObject({ action: 'escalate-dispute', deadline: '2026-12-16T09:00:00-08:00' });
  });

  it('gives the buyer 10 days to send a return back, on a Spanish page', () => {
    const ret = order({
      stage: 'return-awaiting-buyer', events: { returnAgreedAt: '2026-12-03T15:30:00+01:00' },
      buttons: ['Añadir número de seguimiento', 'Contactar al vendedor', 'Ver detalles de la devolución'],
    });
    const a = at(ret, '2026-12-04T00:00:00+01:00');
    expect(a.timers).toMatchObject([{ clock: 'return-shipping', actor: 'buyer', endsAt: '2026-12-13T15:30:00+01:00', onExpiry: 'request-closes-seller-paid' }]);
    expect(a.next).toEqual({ action: 'ship-return', labels: ['Añadir número de seguimiento'], deadline: '2026-12-13T15:30:00+01:00' });
  });

  it('has no clock on a refunded or unrecognised order, and none for another marketplace', () => {
    expect(at(order({ stage: 'refunded', events: { closedAt: '2026-12-01T00:00:00Z' } }), '2026-12-02T00:00:00Z')).toEqual({ stage: 'refunded', timers: [], next: null, urgent: null });
    expect(at(order({ stage: 'unknown', events: { placedAt: '2026-12-01T00:00:00Z' } }), '2026-12-02T00:00:00Z').timers).toEqual([]);
    const other = order({ marketplace: 'kuaishou', stage: 'cancel-requested', events: { cancelRequestedAt: '2026-11-01T10:00:00+08:00' } });
    expect(at(other, '2026-11-02T00:00:00Z')).toEqual({ stage: 'cancel-requested', timers: [], next: null, urgent: null });
  });
});
