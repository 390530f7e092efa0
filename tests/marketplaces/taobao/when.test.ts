import { describe, expect, it } from 'vitest';
import { nearestYearlessIso, shipByClock } from '../../../src/marketplaces/taobao/when';
import { stageOfWords, refundStateOf, statusTextOf } from '../../../src/marketplaces/taobao/words';
import { yuanInText, yuanValue } from '../../../src/marketplaces/taobao/money';

describe('yearless Beijing dates', () => {
  it('takes the nearest year: ahead across a year boundary', () => {
    expect(nearestYearlessIso('01月02日 03:46前发货', new Date('2026-12-30T04:00:00Z'))).toBe('2027-01-02T03:46:00+08:00');
  });
  it('takes the nearest year: a promise just missed stays behind', () => {
    expect(nearestYearlessIso('12月30日 10:00前发货', new Date('2027-01-02T04:00:00Z'))).toBe('2026-12-30T10:00:00+08:00');
    expect(nearestYearlessIso('11月08日 10:00', new Date('2026-11-10T04:00:00Z'))).toBe('2026-11-08T10:00:00+08:00');
  });
  it('reads the year in Beijing, not in UTC (2026-12-31T20:00Z is already 2027 there)', () => {
    expect(nearestYearlessIso('12月08日 03:46', new Date('2026-12-31T20:00:00Z'))).toBe('2026-12-08T03:46:00+08:00');
    expect(nearestYearlessIso('06月08日', new Date('2026-12-31T20:00:00Z'))).toBe('2027-06-08T00:00:00+08:00');
  });
  it('skips a 29 February that does not exist, and refuses nonsense', () => {
    expect(nearestYearlessIso('02月29日 10:00', new Date('2027-03-01T00:00:00Z'))).toBe('2028-02-29T10:00:00+08:00');
    expect(nearestYearlessIso('13月01日', new Date('2026-11-10T00:00:00Z'))).toBeNull();
    expect(nearestYearlessIso('12月08日 25:00', new Date('2026-11-10T00:00:00Z'))).toBeNull();
    expect(nearestYearlessIso('no date', new Date('2026-11-10T00:00:00Z'))).toBeNull();
  });
  it('makes a ship clock only of a 前发货 promise', () => {
    const now = new Date('2026-11-10T04:00:00Z');
    expect(shipByClock('12月08日 03:46前发货', now)).toEqual({ clock: 'ship', endsAt: '2026-12-08T03:46:00+08:00', text: '12月08日 03:46前发货' });
    expect(shipByClock('2026-12-08 03:46前发货', now)).toEqual({ clock: 'ship', endsAt: '2026-12-08T03:46:00+08:00', text: '2026-12-08 03:46前发货' });
    expect(shipByClock('12月08日 03:46', now)).toBeNull();
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
