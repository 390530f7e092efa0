import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import type { OrderSnapshot, PageClock, Stage } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';
import { countShadowRoots, loadShadowFixture } from './load-shadow-fixture';

// 2026-11-22 12:00 in Beijing: every countdown below ends at this instant plus what the page prints.
const NOW = new Date('2026-11-22T04:00:00Z');
const TRADE_LIST = 'https://trade.1688.com/order/buyer_order_list.htm';
const DETAIL = 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=';

// [order id, stage, status as shown, placedAt, buttons, title, total, page clock]
type Row = [string, Stage, string, string, string[], string, string, PageClock?];

function orders(rows: Row[]): OrderSnapshot[] {
  return rows.map(([orderId, stage, statusText, placedAt, buttons, title, amount, clock]) => ({
    marketplace: '1688',
    orderId,
    stage,
    statusText,
    events: { placedAt },
    pageClocks: clock ? [clock] : [],
    buttons,
    title,
    total: { amount, currency: 'CNY' },
    url: DETAIL + orderId,
  }));
}

const NEW_LIST: Row[] = [
  ['3900000000000000101', 'awaiting-payment', '等待买家付款', '2026-11-21T09:15:02+08:00', ['付款', '取消订单'], '304不锈钢外六角螺丝 M6×20 500只装', '68.00',
    { clock: 'payment', endsAt: '2026-11-26T09:15:00+08:00', text: '剩余3天21小时15分' }],
  ['3900000000000000102', 'awaiting-shipment', '等待卖家发货', '2026-11-19T16:20:45+08:00', ['提醒发货', '申请退款'], '五层加硬瓦楞纸箱 40×30×30cm 100个', '1250.00'],
  ['3900000000000000103', 'shipped', '等待买家收货', '2026-11-12T10:05:33+08:00', ['确认收货', '延长收货', '申请退款', '查看物流'], '加厚纯棉工作手套 60双/包', '356.40',
    { clock: 'auto-confirm', endsAt: '2026-11-30T03:00:00+08:00', text: '剩余7天15小时自动确认收货' }],
  ['3900000000000000104', 'refund-requested', '退款中', '2026-11-10T08:30:00+08:00', ['查看退款', '查看物流'], 'LED低压灯带 5米 暖白光', '89.90'],
  ['3900000000000000105', 'completed', '已收货', '2026-11-01T14:22:10+08:00', ['评价', '再次购买'], '2020欧标铝合金型材 1米 10根', '2480.00'],
  ['3900000000000000106', 'completed', '交易成功', '2026-10-25T19:48:03+08:00', ['评价', '申请售后'], '全棉帆布袋 空白定制 50个', '45.00'],
  ['3900000000000000107', 'closed', '交易取消', '2026-10-20T11:11:11+08:00', ['删除订单', '再次购买'], 'PP塑料收纳盒 带盖 20个', '120.00'],
  ['3900000000000000108', 'closed', '交易终止', '2026-10-05T07:59:59+08:00', ['删除订单'], '三相异步电机 2.2kW', '3600.00'],
];

describe('1688 new order list (open shadow roots all the way down)', () => {
  it('the loader attaches every declarative shadow root, as Chromium does while parsing', () => {
    const doc = loadShadowFixture('1688/list.html');
    expect(doc.querySelectorAll('template')).toHaveLength(0);
    // app-root, order-list, search input and button; per order: item, checkbox, copy, seller, product, price, status + its buttons.
    expect(countShadowRoots(doc)).toBe(4 + 8 * 7 + 17);
  });

  it('reads every order with id, stage, Beijing placed time, yuan total, buttons and the countdown its state runs', () => {
    const reading = readPage(TRADE_LIST, loadShadowFixture('1688/list.html'), NOW);
    expect(reading).toEqual({ marketplace: '1688', kind: 'order-list', url: TRADE_LIST, orders: orders(NEW_LIST), problems: [] });
  });

  it('reads the same list on air.1688.com', () => {
    const url = 'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html';
    const reading = readPage(url, loadShadowFixture('1688/list.html'), NOW);
    expect(reading?.orders).toEqual(orders(NEW_LIST));
    expect(reading?.problems).toEqual([]);
  });

  it('reads the list inside the purchase workbench on work.1688.com', () => {
    const url = 'https://work.1688.com/?_path_=/purchasemanagement/buyList';
    const reading = readPage(url, loadShadowFixture('1688/list-workbench.html'), NOW);
    expect(reading?.problems).toEqual([]);
    expect(reading?.orders).toEqual(orders([
      ['3900000000000000111', 'awaiting-shipment', '等待卖家发货', '2026-11-20T13:40:00+08:00', ['提醒发货', '申请退款'], '贴片电阻 0805 10KΩ 5000只', '50.00'],
      ['3900000000000000112', 'shipped', '等待买家收货', '2026-11-09T09:00:00+08:00', ['确认收货', '延长收货', '申请退款'], 'A4复印纸 70g 8包/箱', '236.00',
        { clock: 'auto-confirm', endsAt: '2026-11-24T17:00:00+08:00', text: '剩余2天5小时自动确认收货' }],
      ['3900000000000000113', 'completed', '交易成功', '2026-10-30T17:25:48+08:00', ['评价'], '一次性纸杯 250ml 1000只', '80.00'],
    ]));
  });

  it('without the shadow roots attached (a page not yet rendered) it finds no order and says so', () => {
    const reading = readPage(TRADE_LIST, loadFixture('1688/list.html'), NOW);
    expect(reading?.orders).toEqual([]);
    expect(reading?.problems).toEqual(['1688 list: no orders found']);
  });
});

describe('1688 new order list that does not read cleanly', () => {
  it('reads the good orders, names each problem, guesses nothing, and skips the loading skeleton', () => {
    const reading = readPage(TRADE_LIST, loadShadowFixture('1688/list-broken.html'), NOW);
    expect(reading?.orders.map((o) => [o.orderId, o.stage, o.statusText, o.total, o.pageClocks])).toEqual([
      ['3900000000000000901', 'awaiting-shipment', '等待卖家发货', { amount: '50.00', currency: 'CNY' }, []],
      ['3900000000000000903', 'unknown', '等待外星人发货', { amount: '90.00', currency: 'CNY' }, []],
      ['3900000000000000904', 'completed', '交易成功', undefined, []],
    ]);
    expect(reading?.problems).toEqual([
      '1688 list: order #2 has no order id, left out',
      'order 3900…0903: a deadline is shown, but its state runs no clock this reader knows',
      'order 3900…0903: status not recognised',
      'order 3900…0904: total not understood',
      'order 3900…0905: no status found, left out',
    ]);
  });
});

describe('1688 old order list (?oldBuyerOrderList=y)', () => {
  const url = `${TRADE_LIST}?oldBuyerOrderList=y`;

  it('reads every li.order-item; a status word it does not know falls back to the row\'s status enum', () => {
    const reading = readPage(url, loadFixture('1688/list-old.html'), NOW);
    expect(reading?.problems).toEqual([]);
    expect(reading?.orders).toEqual(orders([
      ['3900000000000000201', 'shipped', '等待买家收货', '2026-11-09T21:03:17+08:00', ['确认收货', '延长收货时间', '申请退款'], '不锈钢合页 4寸 加厚 50片', '255.00',
        { clock: 'auto-confirm', endsAt: '2026-11-30T08:00:00+08:00', text: '还剩7天20小时自动确认收货' }],
      ['3900000000000000202', 'awaiting-shipment', '等待卖家发货', '2026-11-18T10:26:54+08:00', ['提醒卖家发货', '申请退款'], '透明封箱胶带 4.5cm×100m 48卷', '148.80'],
      ['3900000000000000204', 'awaiting-payment', '等待买家付款', '2026-11-20T09:15:02+08:00', ['付款', '取消订单'], 'PE自封袋 12×17cm 1000个', '36.00'],
      ['3900000000000000203', 'completed', '交易成功', '2026-10-16T15:47:30+08:00', ['评价', '申请售后'], '涤纶织带 2.5cm 黑色 100米', '1035.00'],
      ['3900000000000000205', 'closed', '交易取消', '2026-10-02T08:05:00+08:00', ['删除订单'], '深沟球轴承 6204-2RS 100个', '260.00'],
      ['3900000000000000206', 'completed', '买家已确认收货', '2026-10-28T12:00:40+08:00', ['评价'], '竹制筷子 24cm 100双', '45.00'],
    ]));
  });

  it('takes the order id from the row text when the checkbox is missing', () => {
    const doc = loadFixture('1688/list-old.html');
    doc.querySelectorAll('input.tradeId').forEach((input) => input.remove());
    const reading = readPage(url, doc, NOW);
    expect(reading?.orders.map((o) => o.orderId)).toEqual(['201', '202', '204', '203', '205', '206'].map((n) => `3900000000000000${n}`));
  });
});

describe('1688 new order list translated by the browser inside its shadow roots', () => {
  const twin = readPage(TRADE_LIST, loadShadowFixture('1688/list.html'), NOW)!;
  const translated = readPage(TRADE_LIST, loadShadowFixture('1688/list-translated.html'), NOW)!;

  it('reads the same orders, stages, clocks and buttons (as 1688\'s own words); only the shown status differs', () => {
    const withoutStatus = (o: OrderSnapshot) => ({ ...o, statusText: '' });
    expect(translated.orders.map(withoutStatus)).toEqual(twin.orders.map(withoutStatus));
    expect(translated.orders.map((o) => o.statusText)).toContain('Waiting for the buyer to receive the goods');
    expect(translated.problems).toEqual(twin.problems);
  });
});
