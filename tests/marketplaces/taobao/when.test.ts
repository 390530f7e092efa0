import { describe, expect, it } from 'vitest';
import { shipByClock } from '../../../src/marketplaces/taobao/when';
import { stageOfWords, refundStateOf, statusTextOf } from '../../../src/marketplaces/taobao/words';
import { yuanInText, yuanValue } from '../../../src/marketplaces/taobao/money';

describe('ship-by promises', () => {
  const ship = (text: string, anchor: string | undefined, now: string) => {
    const problems: string[] = [];
    return { clock: shipByClock(text, anchor, new Date(now), 'order 1', problems), problems };
  };
  it('dates a yearless promise on the order time line: ten months overdue stays overdue', () => {
    const { clock, problems } = ship('12月16日 22:01前发货', '2024-12-14T22:00:51+08:00', '2025-10-20T04:00:00Z');
    expect(clock).toEqual({ clock: 'ship', endsAt: '2024-12-16T22:01:00+08:00', text: '12月16日 22:01前发货' });
    expect(problems).toEqual([]);
  });
  it('crosses a year boundary forward from the anchor, never back', () => {
    expect(ship('01月02日 03:46前发货', '2026-12-30T10:00:00+08:00', '2030-06-01T00:00:00Z').clock?.endsAt).toBe('2027-01-02T03:46:00+08:00');
    expect(ship('10月23日 00:53前发货', '2025-10-20T00:52:30+08:00', '2025-10-20T01:00:00Z').clock?.endsAt).toBe('2025-10-23T00:53:00+08:00');
  });
  it('skips a 29 February that does not exist after the anchor', () => {
    expect(ship('02月29日 10:00前发货', '2027-02-27T10:00:00+08:00', '2027-03-01T00:00:00Z').clock?.endsAt).toBe('2028-02-29T10:00:00+08:00');
  });
  it('without an order date dates it near now and says so', () => {
    const { clock, problems } = ship('01月02日 03:46前发货', undefined, '2026-12-30T04:00:00Z');
    expect(clock?.endsAt).toBe('2027-01-02T03:46:00+08:00');
    expect(problems).toEqual([expect.stringContaining('no order date')]);
    expect(ship('12月30日 10:00前发货', undefined, '2027-01-02T04:00:00Z').clock?.endsAt).toBe('2026-12-30T10:00:00+08:00');
  });
  it('reads a promise with a year as printed, and refuses nonsense with a problem', () => {
    expect(ship('2026-12-08 03:46前发货', undefined, '2026-11-10T04:00:00Z')).toEqual({
      clock: { clock: 'ship', endsAt: '2026-12-08T03:46:00+08:00', text: '2026-12-08 03:46前发货' }, problems: [],
    });
    expect(ship('13月01日前发货', '2026-11-01T00:00:00+08:00', '2026-11-10T00:00:00Z')).toEqual({ clock: null, problems: ['order 1: ship-by date not understood'] });
    expect(ship('12月08日 03:46', '2026-11-01T00:00:00+08:00', '2026-11-10T04:00:00Z').clock).toBeNull();
  });
});

describe('words', () => {
  it.each([
    ['等待买家付款', 'awaiting-payment'], ['买家已付款', 'awaiting-shipment'], ['等待卖家发货', 'awaiting-shipment'],
    ['卖家已发货', 'shipped'], ['等待买家确认收货', 'shipped'], ['当前订单状态：卖家已发货，等待买家确认收货', 'shipped'],
    ['订单状态: 商家已发货，等待买家确认', 'shipped'], ['已签收', 'delivered'], ['退款中', 'refund-requested'],
    ['交易成功', 'completed'], ['交易关闭', 'closed'], ['交易被淘宝关闭', 'closed'],
  ] as const)('%s → %s', (text, stage) => {
    expect(stageOfWords(text)).toBe(stage);
  });
  it('knows no stage for words it has not been taught', () => {
    expect(stageOfWords('确认收货')).toBeNull();
    expect(stageOfWords('某个新状态')).toBeNull();
  });
  it('takes the label off a status', () => {
    expect(statusTextOf('当前订单状态：交易成功')).toBe('交易成功');
    expect(statusTextOf('订单状态: 商家已发货，等待买家确认')).toBe('商家已发货，等待买家确认');
  });
  it.each([
    ['买家已经申请退款，等待卖家同意', 'refund-requested', 'refund-response'],
    ['买家已经申请退款,等待卖家同意', 'refund-requested', 'refund-response'],
    ['卖家拒绝退款', 'refund-refused', 'revise'],
    ['卖家已经同意退款,等待买家退货', 'return-awaiting-buyer', 'return-shipping'],
    ['买家已经退货，等待卖家确认收货', 'return-shipped', 'return-confirm'],
    ['退款成功', 'refunded', null],
    ['退款关闭', 'closed', null],
    ['淘宝介入', 'dispute-open', null],
    ['小二介入', 'dispute-open', null],
  ] as const)('refund state %s → %s (%s)', (text, stage, clock) => {
    expect(refundStateOf(text)).toEqual({ stage, clock });
  });
});

describe('yuan', () => {
  it('reads data fields and page text', () => {
    expect(yuanValue('47.40')).toEqual({ amount: '47.40', currency: 'CNY' });
    expect(yuanValue('￥1,299.00')).toEqual({ amount: '1299.00', currency: 'CNY' });
    expect(yuanValue('共2件')).toBeNull();
    expect(yuanInText('共2件商品 实付款 ￥194.28')).toEqual({ amount: '194.28', currency: 'CNY' });
    expect(yuanInText('实付款 ¥5')).toEqual({ amount: '5', currency: 'CNY' });
    expect(yuanInText('共2件商品')).toBeNull();
  });
});
