import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-22T12:00:00Z');
const URL_311 = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000311';

describe('AliExpress tracking page', () => {
  it('reads "Refund if no delivery before <date>" as its own clock, ending at the start of that day', () => {
    expect(readPage(URL_311, loadFixture('aliexpress/tracking.en.html'), NOW)).toEqual({
      marketplace: 'aliexpress',
      kind: 'tracking',
      url: URL_311,
      problems: [],
      orders: [{
        marketplace: 'aliexpress',
        orderId: '8190000000000311',
        stage: 'shipped',
        statusText: 'In transit',
        events: {},
        pageClocks: [{ clock: 'refund-if-not-delivered', endsAt: '2026-12-28T00:00:00-08:00', text: 'Refund if no delivery before Dec 28, 2026' }],
        buttons: [],
        url: URL_311,
      }],
    });
  });

  it('takes the parcel status from its title, not from the progress steps beside it', () => {
    const doc = loadFixture('aliexpress/tracking.en.html');
    const title = doc.querySelector('.logistics-status-title');
    if (title) title.textContent = 'Delivered';
    expect(readPage(URL_311, doc, NOW)?.orders[0]).toMatchObject({ stage: 'delivered', statusText: 'Delivered' });
  });

  it('reads the legacy tracking address (tradeId)', () => {
    const url = 'https://track.aliexpress.com/logisticsdetail.htm?tradeId=8190000000000311';
    expect(readPage(url, loadFixture('aliexpress/tracking.en.html'), NOW)?.orders[0]?.orderId).toBe('8190000000000311');
  });

  it('reads nothing without an order id in the address', () => {
    const url = 'https://www.aliexpress.com/p/tracking/index.html';
    expect(readPage(url, loadFixture('aliexpress/tracking.en.html'), NOW)).toEqual({
      marketplace: 'aliexpress', kind: 'tracking', url, orders: [], problems: ['aliexpress tracking: no order id found'],
    });
  });

  it('reports a promise whose date it cannot read', () => {
    const doc = loadFixture('aliexpress/tracking.en.html');
    const promise = doc.querySelector('.logistics-guarantee-text');
    if (promise) promise.textContent = 'Refund if no delivery before the holidays';
    const reading = readPage(URL_311, doc, NOW);
    expect(reading?.orders[0]?.pageClocks).toEqual([]);
    expect(reading?.problems).toEqual(['order 8190…0311: refund-if-no-delivery date not understood']);
  });
});
