import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2019-05-25T00:00:00Z');

describe('legacy AliExpress pages (trade.aliexpress.com)', () => {
  it('reads the order table, its times to the minute and the lefttime countdown', () => {
    const url = 'https://trade.aliexpress.com/orderList.htm';
    const reading = readPage(url, loadFixture('aliexpress/legacy-list.en.html'), NOW);
    const detail = (id: string) => `https://trade.aliexpress.com/order_detail.htm?orderId=${id}`;
    expect(reading).toEqual({
      marketplace: 'aliexpress',
      kind: 'order-list',
      url,
      problems: [],
      orders: [
        {
          marketplace: 'aliexpress', orderId: '8190000000000601', stage: 'shipped', statusText: 'Awaiting delivery',
          events: { placedAt: '2019-05-21T10:31:00-07:00' },
          // lefttime 5799645229 ms = 67 d 03:00:45.229 after now
          pageClocks: [{ clock: 'protection', endsAt: '2019-07-30T20:00:45-07:00', text: 'Buyer protection ends in 67 days' }],
          buttons: ['Confirm Order Received', 'Open Dispute'],
          title: 'Digital Multimeter, Auto Range', total: { amount: '26.70', currency: 'USD' }, url: detail('8190000000000601'),
        },
        {
          marketplace: 'aliexpress', orderId: '8190000000000602', stage: 'awaiting-shipment', statusText: 'Awaiting Shipment',
          events: { placedAt: '2019-05-19T22:47:00-07:00' }, pageClocks: [], buttons: ['Cancel Order'],
          title: 'Sewing Needles Set', total: { amount: '1.23', currency: 'USD' }, url: detail('8190000000000602'),
        },
        {
          marketplace: 'aliexpress', orderId: '8190000000000603', stage: 'completed', statusText: 'Finished',
          events: { placedAt: '2019-04-02T08:05:00-07:00' }, pageClocks: [], buttons: ['Leave Feedback'],
          title: 'Bicycle Bell, Aluminium', total: { amount: '4.99', currency: 'USD' }, url: detail('8190000000000603'),
        },
        {
          marketplace: 'aliexpress', orderId: '8190000000000604', stage: 'closed', statusText: 'Closed',
          events: { placedAt: '2019-03-30T14:02:00-07:00' }, pageClocks: [], buttons: [],
          title: 'Herb Seeds Mix', total: { amount: '0.99', currency: 'USD' }, url: detail('8190000000000604'),
        },
      ],
    });
  });

  it('reads the legacy detail page by its words', () => {
    const url = 'https://trade.aliexpress.com/order_detail.htm?orderId=8190000000000601';
    expect(readPage(url, loadFixture('aliexpress/legacy-detail.en.html'), NOW)).toEqual({
      marketplace: 'aliexpress',
      kind: 'order-detail',
      url,
      problems: [],
      orders: [{
        marketplace: 'aliexpress', orderId: '8190000000000601', stage: 'shipped', statusText: 'Awaiting delivery',
        events: { placedAt: '2019-05-21T10:31:00-07:00', paidAt: '2019-05-21T10:35:00-07:00', shippedAt: '2019-05-23T09:02:00-07:00' },
        pageClocks: [{ clock: 'protection', endsAt: '2019-06-03T17:00:00-07:00', text: '10 days' }],
        buttons: ['Confirm Order Received', 'Open Dispute'],
        title: 'Digital Multimeter, Auto Range', total: { amount: '26.70', currency: 'USD' }, url,
      }],
    });
  });

  it('reports a row without an order number and reads the rest', () => {
    const doc = loadFixture('aliexpress/legacy-list.en.html');
    const firstRow = doc.querySelector('#buyer-ordertable tbody.order-item-wraper');
    firstRow?.querySelector('.first-row .info-body')?.replaceChildren('');
    firstRow?.querySelector('a.view-detail-link')?.remove();
    const reading = readPage('https://trade.aliexpress.com/orderList.htm', doc, NOW);
    expect(reading?.orders.map((o) => o.orderId)).toEqual(['8190000000000602', '8190000000000603', '8190000000000604']);
    expect(reading?.problems).toEqual(['aliexpress legacy list: order #1 has no order id, left out']);
  });
});
