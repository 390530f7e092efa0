// The old Taobao list as buyers leave it: paged to page 2 without a navigation (the inline data still
// holds page 1), partly machine translated (Chrome's <font> pairs, Firefox's in-place text), with an
// order whose yearless ship-by promise passed long ago and with top-ups.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { TRANSLATED } from '../../../src/marketplaces/taobao/translated';
import { assess } from '../../../src/rules';
import type { OrderSnapshot } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';
import { translateInto } from '../../property/mutate';

const NOW = new Date('2026-11-10T04:00:00Z');
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const { orders, problems } = readPage(LIST, loadFixture('taobao/list-old-paged-translated.html'), NOW)!;
const byId = (id: string) => orders.find((o) => o.orderId === id);

describe('the old list paged to page 2 and partly translated', () => {
  it('reports the orders on screen and none of the inline page-1 data', () => {
    // 6008's status is in no table: it is left out and said so, never guessed.
    expect(orders.map((o) => o.orderId)).toEqual([
      '4187000000000006001', '4187000000000006002', '4187000000000006003', '4187000000000006004',
      '4187000000000006005', '4187000000000006006', '4187000000000006007',
    ]);
    expect(problems).toEqual(['order 4187…6008: no status found, left out']);
  });

  it('reads translated and untranslated statuses to the same stages', () => {
    expect(orders.map((o) => [o.statusText, o.stage])).toEqual([
      ['买家已付款', 'awaiting-shipment'],
      ['Transaction Success', 'completed'],
      ['交易成功', 'completed'],
      ['充值成功', 'completed'],
      ['Recharge successful', 'completed'],
      ['Seller has shipped', 'shipped'],
      ['Seller has shipped', 'shipped'],
    ]);
  });

  it('reads a translated shipped order: its countdown, and its buttons as the page\'s own words', () => {
    expect(byId('4187000000000006006')).toEqual({
      marketplace: 'taobao',
      orderId: '4187000000000006006',
      stage: 'shipped',
      statusText: 'Seller has shipped',
      events: { placedAt: '2026-11-05T00:00:00+08:00' },
      approximate: ['placedAt'],
      pageClocks: [{ clock: 'auto-confirm', endsAt: '2026-11-14T00:00:00+08:00', text: '3 days 12 hours left' }],
      buttons: ['订单详情', '确认收货', '延长收货时间'],
      title: 'Example cable Type-C',
      total: { amount: '47.40', currency: 'CNY' },
      url: 'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4187000000000006006',
    } satisfies OrderSnapshot);
    expect(byId('4187000000000006007')?.pageClocks).toEqual([{ clock: 'auto-confirm', endsAt: '2026-11-12T16:00:00+08:00', text: '还剩2天4时' }]);
    expect(byId('4187000000000006002')?.buttons).toEqual(['订单详情', '申请售后', '再次购买']);
  });

  it('dates a stale yearless promise in the year the order was placed: overdue, not days left', () => {
    const stale = byId('4187000000000006001')!;
    expect(stale.events).toEqual({ placedAt: '2024-12-14T00:00:00+08:00' });
    expect(stale.pageClocks).toEqual([{ clock: 'ship', endsAt: '2024-12-16T22:01:00+08:00', text: '12月16日 22:01前发货' }]);
    const assessed = assess(stale, NOW);
    const ship = assessed.timers.find((t) => t.clock === 'ship');
    expect(ship?.endsAt).toBe('2024-12-16T22:01:00+08:00');
    expect(Date.parse(ship!.endsAt)).toBeLessThan(NOW.getTime());
    // The step the buyer can take now: the page's own reminder button.
    expect(assessed.next).toMatchObject({ action: 'contact-seller', labels: ['提醒卖家发货'] });
  });

  it('reads top-ups, translated or not, as finished orders that run no clock', () => {
    for (const id of ['4187000000000006004', '4187000000000006005']) {
      const order = byId(id)!;
      expect(order.stage).toBe('completed');
      expect(order.pageClocks).toEqual([]);
      expect(assess(order, NOW).timers).toEqual([]);
    }
  });
});

describe('inline data only for orders on screen', () => {
  it('reads an on-screen order from the inline data that names it, and reports nothing else of it', () => {
    const doc = loadFixture('taobao/list-old-paged-translated.html');
    const box = doc.querySelector('[data-id="4187000000000006003"]')!;
    box.setAttribute('data-id', '4187000000000005002'); // the tab now shows an order page 1 also had
    const reading = readPage(LIST, doc, NOW)!;
    const ids = reading.orders.map((o) => o.orderId);
    expect(ids).toContain('4187000000000005002');
    expect(ids).not.toContain('4187000000000005001');
    expect(ids).not.toContain('4187000000000005003');
    // Read from the inline data: its exact creation time and its status, not the box's words.
    const fromData = reading.orders.find((o) => o.orderId === '4187000000000005002');
    expect(fromData?.events.placedAt).toBe('2026-11-01T10:00:00+08:00');
    expect(fromData?.stage).toBe('awaiting-shipment');
  });

  it('reports an order the page draws twice once', () => {
    const doc = loadFixture('taobao/list-old-paged-translated.html');
    const box = doc.querySelector('[data-id="4187000000000006003"]')!;
    box.after(box.cloneNode(true));
    expect(readPage(LIST, doc, NOW)!.orders.map((o) => o.orderId)).toEqual(orders.map((o) => o.orderId));
  });

  it('reads no order when the screen has none, whatever the inline data holds', () => {
    const doc = loadFixture('taobao/list-old-paged-translated.html');
    doc.querySelectorAll('[data-id]').forEach((b) => b.remove());
    expect(readPage(LIST, doc, NOW)).toEqual({
      marketplace: 'taobao', kind: 'order-list', url: LIST, orders: [], problems: ['taobao old list: no orders found'],
    });
  });
});

describe('the new single-page list, translated by the browser', () => {
  it('reads the same orders and stages with every Chinese text translated, buttons as Taobao\'s own words', () => {
    const twin = readPage(`${LIST}?new=1`, loadFixture('taobao/list-new.html'), NOW)!;
    for (const how of ['wrap', 'replace'] as const) {
      const page = translateInto(loadFixture('taobao/list-new.html'), TRANSLATED, [{ how, english: 0 }]);
      const reading = readPage(`${LIST}?new=1`, page, NOW)!;
      expect(reading.orders.map((o) => [o.orderId, o.stage, o.buttons])).toEqual(twin.orders.map((o) => [o.orderId, o.stage, o.buttons]));
      expect(reading.orders.map((o) => o.statusText)).toContain('Seller has shipped');
    }
  });
});
