import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { loadFixture } from '../load-fixture';
import { loadShadowFixture } from './load-shadow-fixture';

const NOW = new Date('2026-11-22T04:00:00Z'); // 12:00 in Beijing
const OLD = 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=';
const NEW = 'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=';

describe('1688 old order detail (trade.1688.com)', () => {
  it('reads a shipped order: labelled Beijing times, the auto-confirm countdown, the status box\'s buttons', () => {
    const url = `${OLD}3900000000000000201`;
    expect(readPage(url, loadFixture('1688/detail-old-shipped.html'), NOW)).toEqual({
      marketplace: '1688', kind: 'order-detail', url, problems: [],
      orders: [{
        marketplace: '1688',
        orderId: '3900000000000000201',
        stage: 'shipped',
        statusText: '等待买家收货',
        events: { placedAt: '2026-11-09T21:03:17+08:00', paidAt: '2026-11-09T21:05:40+08:00', shippedAt: '2026-11-20T08:00:00+08:00' },
        pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-30T08:00:00+08:00', text: '卖家已发货，还剩7天20小时自动确认收货。' }],
        buttons: ['确认收货', '延长收货时间', '申请退款', '查看物流'],
        title: '不锈钢合页 4寸 加厚 50片',
        total: { amount: '255.00', currency: 'CNY' },
        url,
      }],
    });
  });

  it('reads the pay-by date of an unpaid order as its payment clock', () => {
    const url = `${OLD}3900000000000000204`;
    const order = readPage(url, loadFixture('1688/detail-old-awaiting-payment.html'), NOW)?.orders[0];
    expect(order).toEqual({
      marketplace: '1688',
      orderId: '3900000000000000204',
      stage: 'awaiting-payment',
      statusText: '等待买家付款',
      events: { placedAt: '2026-11-20T09:15:02+08:00' },
      pageClocks: [{ clock: 'payment', endsAt: '2026-11-25T09:15:02+08:00', text: '请于 2026-11-25 09:15:02 前完成付款，逾期未付款，订单将自动关闭。' }],
      buttons: ['付款', '取消订单', '修改订单'],
      title: 'PE自封袋 12×17cm 1000个',
      total: { amount: '36.00', currency: 'CNY' },
      url,
    });
  });

  it('reads a pay-by date written the Chinese way too', () => {
    const doc = loadFixture('1688/detail-old-awaiting-payment.html');
    doc.querySelector('.status-tip')!.textContent = '请于2026年11月25日 09:15前完成付款，逾期未付款，订单将自动关闭。';
    const clocks = readPage(`${OLD}3900000000000000204`, doc, NOW)?.orders[0]?.pageClocks;
    expect(clocks).toEqual([{ clock: 'payment', endsAt: '2026-11-25T09:15:00+08:00', text: '请于2026年11月25日 09:15前完成付款，逾期未付款，订单将自动关闭。' }]);
  });

  it('reads an open refund from the product row\'s 退款中, though the trade status still says 等待买家收货', () => {
    const url = `${OLD}3900000000000000104`;
    const order = readPage(url, loadFixture('1688/detail-old-refunding.html'), NOW)?.orders[0];
    expect(order).toMatchObject({
      orderId: '3900000000000000104', stage: 'refund-requested', statusText: '退款中', pageClocks: [],
      events: { placedAt: '2026-11-10T08:30:00+08:00', paidAt: '2026-11-10T08:31:12+08:00', shippedAt: '2026-11-12T09:00:00+08:00' },
      buttons: ['确认收货', '延长收货时间', '申请退款', '查看物流'],
      total: { amount: '89.90', currency: 'CNY' },
    });
  });

  it('keeps the receiver\'s name out of the reading', () => {
    const reading = readPage(`${OLD}3900000000000000201`, loadFixture('1688/detail-old-shipped.html'), NOW);
    expect(JSON.stringify(reading)).not.toContain('示例收货人');
  });
});

describe('1688 new order detail (air.1688.com, open shadow roots)', () => {
  it('reads a shipped order through its components', () => {
    const url = `${NEW}3900000000000000103`;
    expect(readPage(url, loadShadowFixture('1688/detail-new-shipped.html'), NOW)).toEqual({
      marketplace: '1688', kind: 'order-detail', url, problems: [],
      orders: [{
        marketplace: '1688',
        orderId: '3900000000000000103',
        stage: 'shipped',
        statusText: '等待买家收货',
        events: { placedAt: '2026-11-12T10:05:33+08:00', paidAt: '2026-11-12T10:06:10+08:00', shippedAt: '2026-11-20T03:00:00+08:00' },
        pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-30T03:00:00+08:00', text: '卖家已发货，剩余7天15小时自动确认收货。' }],
        buttons: ['确认收货', '延长收货时间', '申请退款', '查看物流'],
        title: '加厚纯棉工作手套 60双/包',
        total: { amount: '356.40', currency: 'CNY' },
        url,
      }],
    });
  });

  it('reads the pay countdown of an unpaid order', () => {
    const url = `${NEW}3900000000000000101`;
    const reading = readPage(url, loadShadowFixture('1688/detail-new-awaiting-payment.html'), NOW);
    expect(reading?.problems).toEqual([]);
    expect(reading?.orders).toEqual([{
      marketplace: '1688',
      orderId: '3900000000000000101',
      stage: 'awaiting-payment',
      statusText: '等待买家付款',
      events: { placedAt: '2026-11-21T09:15:02+08:00' },
      pageClocks: [{ clock: 'payment', endsAt: '2026-11-26T09:15:00+08:00', text: '剩余3天21小时15分 后订单将自动关闭，请尽快付款。' }],
      buttons: ['付款', '取消订单'],
      title: '304不锈钢外六角螺丝 M6×20 500只装',
      total: { amount: '68.00', currency: 'CNY' },
      url,
    }]);
  });
});

describe('1688 detail pages that do not read cleanly', () => {
  it('refuses a page that names another order than its address (mid-navigation)', () => {
    const url = `${NEW}3900000000000000999`;
    expect(readPage(url, loadShadowFixture('1688/detail-new-shipped.html'), NOW)).toEqual({
      marketplace: '1688', kind: 'order-detail', url, orders: [], problems: ['1688 detail: page shows another order than its address'],
    });
  });

  it('takes the id from the page when the address has none', () => {
    const url = 'https://trade.1688.com/order/new_step_order_detail.htm';
    expect(readPage(url, loadFixture('1688/detail-old-shipped.html'), NOW)?.orders[0]?.orderId).toBe('3900000000000000201');
  });

  it('says so when the page has no status box (not rendered yet)', () => {
    const url = `${NEW}3900000000000000103`;
    expect(readPage(url, loadFixture('1688/detail-new-shipped.html'), NOW)?.problems).toEqual(['1688 detail: no status found']);
  });

  it('keeps an unknown status as unknown, and reads no clock for it', () => {
    const doc = loadFixture('1688/detail-old-shipped.html');
    doc.querySelector('.status-title')!.textContent = '当前订单状态：等待买家验货';
    const url = `${OLD}3900000000000000201`;
    const reading = readPage(url, doc, NOW);
    expect(reading?.orders.map((o) => [o.stage, o.statusText, o.pageClocks])).toEqual([['unknown', '等待买家验货', []]]);
    expect(reading?.problems).toEqual([
      'order 3900…0201: a deadline is shown, but its state runs no clock this reader knows',
      'order 3900…0201: status not recognised',
    ]);
  });
});
