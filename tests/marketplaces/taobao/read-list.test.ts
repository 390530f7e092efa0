import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import type { OrderSnapshot } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-10T04:00:00Z'); // 12:00 in Beijing
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const cny = (amount: string) => ({ amount, currency: 'CNY' });
const tbDetail = (id: string) => `https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`;
const tmDetail = (id: string) => `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${id}`;

function read(fixture: string, url = LIST) {
  const reading = readPage(url, loadFixture(`taobao/${fixture}`), NOW);
  expect(reading?.marketplace).toBe('taobao');
  expect(reading?.kind).toBe('order-list');
  return reading!;
}

describe('the old list, from its var data blob', () => {
  const { orders, problems } = read('list-old.html');
  const byId = (id: string) => orders.find((o) => o.orderId === id);

  it('reads every order in page order, with no problem', () => {
    expect(orders.map((o) => [o.orderId, o.marketplace, o.stage, o.statusText])).toEqual([
      ['4187000000000001101', 'taobao', 'awaiting-payment', '等待买家付款'],
      ['4187000000000001102', 'taobao', 'awaiting-shipment', '买家已付款'],
      ['4187000000000001234', 'tmall', 'shipped', '卖家已发货'],
      ['4187000000000001105', 'taobao', 'shipped', '卖家已发货'],
      ['4187000000000001106', 'taobao', 'refund-requested', '退款中'],
      ['4187000000000001107', 'tmall', 'completed', '交易成功'],
      ['4187000000000001108', 'taobao', 'closed', '交易关闭'],
      ['4187000000000001109', 'tmall', 'closed', '交易关闭'],
    ]);
    expect(problems).toEqual([]);
  });

  it('reads a shipped Tmall order with its countdown as the auto-confirm clock', () => {
    expect(byId('4187000000000001234')).toEqual({
      marketplace: 'tmall',
      orderId: '4187000000000001234',
      stage: 'shipped',
      statusText: '卖家已发货',
      events: { placedAt: '2026-11-08T03:44:47+08:00' },
      // now + 9 d 10 h
      pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-19T22:00:00+08:00', text: '还剩9天10时' }],
      buttons: ['订单详情', '查看物流', '确认收货', '延长收货时间', '退款/退货'],
      title: '示例 Type-C 数据线 1米 2条装',
      total: cny('47.40'),
      url: tmDetail('4187000000000001234'),
      noReasonReturn: true,
    } satisfies OrderSnapshot);
  });

  it('reads the 2 d 4 h countdown and a title with quotes from the escaped blob', () => {
    const order = byId('4187000000000001105');
    expect(order?.pageClocks).toEqual([{ clock: 'auto-confirm', endsAt: '2026-11-12T16:00:00+08:00', text: '还剩2天4时' }]);
    expect(order?.title).toBe('示例家居 纯棉毛巾 "加厚" 4条装');
  });

  it('reads the seller\'s yearless ship-by promise as the ship clock', () => {
    expect(byId('4187000000000001102')).toEqual({
      marketplace: 'taobao',
      orderId: '4187000000000001102',
      stage: 'awaiting-shipment',
      statusText: '买家已付款',
      events: { placedAt: '2026-11-07T10:02:11+08:00' },
      pageClocks: [{ clock: 'ship', endsAt: '2026-11-12T10:02:00+08:00', text: '11月12日 10:02前发货' }],
      buttons: ['订单详情', '提醒卖家发货', '退款'],
      title: '示例户外 防风外套 男款 藏青 XL',
      total: cny('128.00'),
      url: tbDetail('4187000000000001102'),
      noReasonReturn: true,
    } satisfies OrderSnapshot);
  });

  it('keeps plain texts (对方已评) out of the buttons and takes the sub-order actions in', () => {
    expect(byId('4187000000000001107')?.buttons).toEqual(['订单详情', '追加评论', '申请售后', '投诉卖家']);
    expect(byId('4187000000000001101')?.buttons).toEqual(['订单详情', '立即付款', '取消订单']);
  });

  it('takes order ids from the string fields, never the rounded numbers beside them', () => {
    const source = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/taobao/list-old.html'), 'utf8');
    expect(source).toContain(String.raw`\"extra\":{\"id\":4187000000000001234,`); // the number the page also carries…
    expect(String(JSON.parse('4187000000000001234'))).toBe('4187000000000001000'); // …which JSON.parse rounds
    expect(orders.every((o) => /^4187000000000001\d{3}$/.test(o.orderId))).toBe(true);
  });
});

describe('the old list, from its rendered DOM when the blob is missing', () => {
  const { orders, problems } = read('list-old-dom.html');

  it('reads the same orders with the day of creation only', () => {
    expect(orders.map((o) => [o.orderId, o.marketplace, o.stage])).toEqual([
      ['4187000000000001101', 'taobao', 'awaiting-payment'],
      ['4187000000000001102', 'taobao', 'awaiting-shipment'],
      ['4187000000000001234', 'tmall', 'shipped'],
      ['4187000000000001105', 'taobao', 'shipped'],
      ['4187000000000001106', 'taobao', 'refund-requested'],
      ['4187000000000001107', 'tmall', 'completed'],
      ['4187000000000001108', 'taobao', 'closed'],
      ['4187000000000001109', 'tmall', 'closed'],
    ]);
    expect(problems).toEqual([]);
  });

  it('reads a shipped order exactly', () => {
    expect(orders[2]).toEqual({
      marketplace: 'tmall',
      orderId: '4187000000000001234',
      stage: 'shipped',
      statusText: '卖家已发货',
      events: { placedAt: '2026-11-08T00:00:00+08:00' },
      approximate: ['placedAt'],
      pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-19T22:00:00+08:00', text: '还剩9天10时' }],
      buttons: ['退款/退货', '订单详情', '确认收货', '延长收货时间'],
      title: '示例 Type-C 数据线 1米 2条装',
      total: cny('47.40'),
      url: tmDetail('4187000000000001234'),
    } satisfies OrderSnapshot);
    expect(orders[1]?.pageClocks).toEqual([{ clock: 'ship', endsAt: '2026-11-12T10:02:00+08:00', text: '11月12日 10:02前发货' }]);
  });
});

describe('the new single-page list', () => {
  const { orders, problems } = read('list-new.html');

  it('reads each rendered order', () => {
    expect(orders).toEqual([
      {
        marketplace: 'tmall',
        orderId: '4187000000000002201',
        stage: 'shipped',
        statusText: '卖家已发货',
        events: { placedAt: '2026-11-08T03:44:47+08:00' },
        pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-19T22:00:00+08:00', text: '还剩9天10时' }],
        buttons: ['确认收货', '延长收货时间', '查看物流'],
        title: '示例 无线蓝牙耳机 降噪版 白色',
        total: cny('194.28'),
        url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000002201',
      },
      {
        marketplace: 'taobao',
        orderId: '4187000000000002202',
        stage: 'awaiting-shipment',
        statusText: '买家已付款',
        events: { placedAt: '2026-11-09T18:20:05+08:00' },
        pageClocks: [{ clock: 'ship', endsAt: '2026-11-11T18:20:00+08:00', text: '11月11日 18:20前发货' }],
        buttons: ['提醒发货', '申请退款'],
        title: '示例户外 折叠水杯 500ml',
        total: cny('89.00'),
        url: 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000002202',
      },
      {
        marketplace: 'taobao',
        orderId: '4187000000000002203',
        stage: 'awaiting-payment',
        statusText: '等待买家付款',
        events: { placedAt: '2026-11-09T22:01:17+08:00' },
        pageClocks: [],
        buttons: ['立即付款', '取消订单'],
        title: '示例 便利贴 彩色 6本',
        total: cny('12.50'),
        url: 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000002203',
      },
      {
        marketplace: 'tmall',
        orderId: '4187000000000002204',
        stage: 'completed',
        statusText: '交易成功',
        events: { placedAt: '2026-10-28T11:11:11+08:00' },
        pageClocks: [],
        buttons: ['申请售后', '再买一单'],
        title: '示例茶叶 礼盒装 500g',
        total: cny('1024.00'),
        url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000002204',
      },
    ] satisfies OrderSnapshot[]);
    expect(problems).toEqual([]);
  });

  it('reads what has loaded so far: more orders appended are read on the next pass', () => {
    const doc = loadFixture('taobao/list-new.html');
    const list = doc.querySelector('[class*="orderList"]')!;
    const copy = list.lastElementChild!.cloneNode(true) as Element;
    copy.querySelectorAll('span').forEach((s) => {
      if (s.textContent === '4187000000000002204') s.textContent = '4187000000000002299';
    });
    list.append(copy);
    expect(readPage(LIST, doc, NOW)?.orders.map((o) => o.orderId)).toEqual([
      '4187000000000002201', '4187000000000002202', '4187000000000002203', '4187000000000002204', '4187000000000002299',
    ]);
  });

  it('keeps the list\'s own "load more" button out of a lone order', () => {
    const doc = loadFixture('taobao/list-new.html');
    const list = doc.querySelector('[class*="orderList"]')!;
    while (list.children.length > 1) list.lastElementChild!.remove();
    const [order] = readPage(LIST, doc, NOW)?.orders ?? [];
    expect(order?.buttons).toEqual(['确认收货', '延长收货时间', '查看物流']);
  });
});
