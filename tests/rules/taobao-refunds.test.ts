// Taobao and Tmall refunds and returns, Beijing-time inputs, with the exact deadlines expected.
import { describe, expect, it } from 'vitest';
import { at, order } from './orders';

const tb = (over: Parameters<typeof order>[0]) => order({ marketplace: 'taobao', orderId: '4312345678901234567', ...over });
const REQUESTED = '2025-11-09T10:00:00+08:00';

describe('Taobao: the seller answers a refund request', () => {
  const unshipped = tb({ stage: 'refund-requested', events: { paidAt: '2025-11-08T21:00:00+08:00', refundRequestedAt: REQUESTED } });
  const shipped = tb({ stage: 'refund-requested', events: { shippedAt: '2025-11-08T03:44:47+08:00', refundRequestedAt: REQUESTED } });

  it('gives 48 hours before shipment, then the refund is granted by itself', () => {
    const a = at(unshipped, '2025-11-10T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'refund-response', ruleId: 'tb-refund-response-unshipped', actor: 'seller', endsAt: '2025-11-11T10:00:00+08:00',
      from: 'rule', onExpiry: 'refund-granted', confidence: 'secondary', alternatives: ['24 h (newer guide)', 'instant (极速退款)'],
    }]);
    expect(a.next).toEqual({ action: 'wait', labels: [], deadline: '2025-11-11T10:00:00+08:00' });
  });

  it('gives 5 days after shipment, then the request counts as agreed', () => {
    expect(at(shipped, '2025-11-10T00:00:00+08:00').timers).toEqual([{
      clock: 'refund-response', ruleId: 'tb-refund-response-shipped', actor: 'seller', endsAt: '2025-11-14T10:00:00+08:00',
      from: 'rule', onExpiry: 'request-approved', confidence: 'secondary', alternatives: ['3 d (virtual goods)', '36 h (not received, refund only)'],
    }]);
  });

  it('puts the page\'s countdown on one timer, the row the shipping date picks', () => {
    const countdown = [{ clock: 'refund-response' as const, endsAt: '2025-11-13T22:10:00+08:00', text: '还剩4天12时' }];
    expect(at({ ...shipped, pageClocks: countdown }, '2025-11-10T00:00:00+08:00').timers).toMatchObject([{ ruleId: 'tb-refund-response-shipped', from: 'page' }]);
    expect(at({ ...unshipped, pageClocks: countdown }, '2025-11-10T00:00:00+08:00').timers).toMatchObject([{ ruleId: 'tb-refund-response-unshipped', from: 'page' }]);
  });
});

describe('Taobao: a refused refund', () => {
  const refused = tb({
    stage: 'refund-refused', events: { shippedAt: '2025-11-08T03:44:47+08:00', refundRequestedAt: REQUESTED, refundRefusedAt: '2025-11-12T09:30:00+08:00' },
    buttons: ['修改申请', '申请淘宝介入', '撤销申请'],
  });

  it('leaves the buyer 5 days, pointing at 修改申请 where the page shows it', () => {
    const a = at(refused, '2025-11-12T12:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'revise', ruleId: 'tb-revise', actor: 'buyer', endsAt: '2025-11-17T09:30:00+08:00', from: 'rule',
      onExpiry: 'request-closes', confidence: 'secondary',
    }]);
    expect(a.next).toEqual({ action: 'revise-request', labels: ['修改申请'], deadline: '2025-11-17T09:30:00+08:00' });
  });

  it('points at 申请淘宝介入 when that is the button the page offers', () => {
    expect(at({ ...refused, buttons: ['申请淘宝介入'] }, '2025-11-12T12:00:00+08:00').next).toMatchObject({ action: 'request-platform-help', labels: ['申请淘宝介入'] });
  });

  it('offers nothing once the buyer\'s 5 days are gone: the request has closed', () => {
    expect(at(refused, '2025-11-17T09:30:01+08:00').next).toBeNull();
  });
});

describe('Taobao: returning the goods', () => {
  it('gives the buyer 7 days to send them back and fill in the waybill', () => {
    const agreed = tb({ stage: 'return-awaiting-buyer', events: { returnAgreedAt: '2025-11-13T16:45:00+08:00' }, buttons: ['填写退货物流'] });
    const a = at(agreed, '2025-11-14T00:00:00+08:00');
    expect(a.timers).toMatchObject([{ clock: 'return-shipping', ruleId: 'tb-return-shipping', actor: 'buyer', endsAt: '2025-11-20T16:45:00+08:00', onExpiry: 'request-closes' }]);
    expect(a.next).toEqual({ action: 'ship-return', labels: ['填写退货物流'], deadline: '2025-11-20T16:45:00+08:00' });
    expect(at({ ...agreed, buttons: [] }, '2025-11-14T00:00:00+08:00').next?.labels).toEqual(['填写退货物流', '提交退货信息']);
  });

  it('gives the seller 10 days to confirm the return, then pays the refund by itself', () => {
    const returned = tb({ stage: 'return-shipped', events: { returnShippedAt: '2025-11-15T11:00:00+08:00' } });
    const a = at(returned, '2025-11-16T00:00:00+08:00');
    expect(a.timers).toEqual([{
      clock: 'return-confirm', ruleId: 'tb-return-confirm', actor: 'seller', endsAt: '2025-11-25T11:00:00+08:00', from: 'rule',
      onExpiry: 'refund-granted', confidence: 'secondary', alternatives: ['30 d (平邮 surface mail)'],
    }]);
    expect(a.next).toEqual({ action: 'wait', labels: [], deadline: '2025-11-25T11:00:00+08:00' });
  });
});
