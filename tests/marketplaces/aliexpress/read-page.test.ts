import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { isAntiBotPage as isWallPage } from '../../../src/marketplaces/common/wall';
const isAntiBotPage = (doc: Document) => isWallPage('https://www.aliexpress.com/p/order/index.html', doc);
import { PageReading } from '../../../src/rules/model';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-22T12:00:00Z');
const LIST = 'https://www.aliexpress.com/p/order/index.html';
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311';
const TRACKING = 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000311';
const HERE = dirname(fileURLToPath(import.meta.url));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// Each fixture under the address it is served at in e2e tests.
const FIXTURE_URLS: Record<string, string> = {
  'list.en.html': LIST,
  'list-broken.en.html': LIST,
  'list.pl.html': 'https://pl.aliexpress.com/p/order/index.html',
  'list.ru.html': 'https://aliexpress.ru/p/order/index.html',
  'list.es.html': 'https://es.aliexpress.com/p/order/index.html',
  'detail-cancel-requested.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417',
  'detail-shipped.en.html': DETAIL,
  'detail-awaiting-payment.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000419',
  'detail-dispute.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000423',
  'detail-shipped.pl.html': 'https://pl.aliexpress.com/p/order/detail.html?orderId=8190000000000420',
  'detail-completed.ru.html': 'https://aliexpress.ru/p/order/detail.html?orderId=8190000000000421',
  'detail-return.es.html': 'https://es.aliexpress.com/p/order/detail.html?orderId=8190000000000422',
  'detail-refund-open.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529',
  'detail-hostile.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000631',
  'detail-renamed.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417&redesign=1',
  'legacy-list.en.html': 'https://trade.aliexpress.com/orderList.htm',
  'legacy-detail.en.html': 'https://trade.aliexpress.com/order_detail.htm?orderId=8190000000000601',
  'tracking.en.html': TRACKING,
  'list-2026.en.html': 'https://pt.aliexpress.com/p/order/index.html',
  'detail-2026-in-transit.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002602',
  'detail-2026-completed.en.html': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002603',
  'tracking-2026.en.html': 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000002602',
  'anti-bot.html': LIST,
  'not-an-order-page.html': 'https://www.aliexpress.com/',
};

describe('readPage', () => {
  afterEach(() => vi.useRealTimers());

  it('has an address for every fixture', () => {
    expect(readdirSync(resolve(HERE, '../../fixtures/aliexpress')).sort()).toEqual(Object.keys(FIXTURE_URLS).sort());
  });

  const UNREADABLE = ['anti-bot.html', 'not-an-order-page.html', 'detail-renamed.en.html'];
  const ORDER_PAGES = Object.entries(FIXTURE_URLS).filter(([f]) => !UNREADABLE.includes(f));
  it.each(ORDER_PAGES)('reads %s into a reading the worker accepts', (fixture, url) => {
    const reading = readPage(url, loadFixture(`aliexpress/${fixture}`), NOW);
    expect(PageReading.safeParse(reading).success).toBe(true);
    expect(reading?.orders.length).toBeGreaterThan(0);
  });

  it('reads a redesigned page (renamed classes, re-worded labels) as no order, and says why', () => {
    const url = FIXTURE_URLS['detail-renamed.en.html']!;
    const reading = readPage(url, loadFixture('aliexpress/detail-renamed.en.html'), NOW);
    expect(reading).toMatchObject({ kind: 'order-detail', orders: [] });
    expect(reading?.problems.length).toBeGreaterThan(0);
  });

  it('returns null for pages that are no order page', () => {
    const home = loadFixture('aliexpress/not-an-order-page.html');
    expect(readPage('https://www.aliexpress.com/', home, NOW)).toBeNull();
    expect(readPage('https://www.aliexpress.com/item/123.html', home, NOW)).toBeNull();
    expect(readPage('https://evil.com/aliexpress.com/p/order/index.html', loadFixture('aliexpress/list.en.html'), NOW)).toBeNull();
  });

  it('returns null for a verification wall, wherever it appears', () => {
    const wall = loadFixture('aliexpress/anti-bot.html');
    expect(readPage(LIST, wall, NOW)).toBeNull();
    expect(readPage(DETAIL, wall, NOW)).toBeNull();
    expect(readPage(TRACKING, wall, NOW)).toBeNull();
  });

  it('counts the current time as now when none is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    expect(readPage(DETAIL, loadFixture('aliexpress/detail-shipped.en.html'))?.orders[0]?.pageClocks[0]?.endsAt)
      .toBe('2026-12-04T07:22:11-08:00');
  });

  it('never throws, even on an empty or hostile document', () => {
    const empty = parse('');
    for (const url of [LIST, DETAIL, TRACKING, 'https://trade.aliexpress.com/orderList.htm', 'https://trade.aliexpress.com/order_detail.htm?orderId=1']) {
      const reading = readPage(url, empty, NOW);
      expect(reading?.orders).toEqual([]);
      expect(reading?.problems).toHaveLength(1);
    }
    const hostile = parse('<p>x</p>');
    vi.spyOn(hostile, 'querySelector').mockImplementation(() => { throw new Error('detached'); });
    expect(readPage(DETAIL, hostile, NOW)).toEqual({
      marketplace: 'aliexpress', kind: 'order-detail', url: DETAIL, orders: [], problems: ['aliexpress: page could not be read'],
    });
  });
});

describe('isAntiBotPage', () => {
  it('recognises the slider by its markup or its visible words', () => {
    expect(isAntiBotPage(loadFixture('aliexpress/anti-bot.html'))).toBe(true);
    expect(isAntiBotPage(parse('<div id="nc_1_wrapper"></div>'))).toBe(true);
    expect(isAntiBotPage(parse('<div id="baxia-dialog-content"></div>'))).toBe(true);
    expect(isAntiBotPage(parse('<p>Please slide to verify</p>'))).toBe(true);
  });

  it('is not fooled by the phrase inside the i18n data an ordinary page carries', () => {
    const list = loadFixture('aliexpress/list.en.html');
    expect(list.querySelector('script')?.textContent).toContain('Please slide to verify');
    expect(isAntiBotPage(list)).toBe(false);
  });

  it('reads a page that lists orders even when its visible text has the words; the slider\'s own markup still stops it', () => {
    const list = loadFixture('aliexpress/list.en.html');
    list.body.append(Object.assign(list.createElement('p'), { textContent: 'Tip: if asked, please slide to verify.' }));
    expect(readPage(LIST, list)?.orders.length).toBeGreaterThan(0);
    list.body.append(Object.assign(list.createElement('div'), { id: 'nc_1_wrapper' }));
    expect(readPage(LIST, list)).toBeNull();
  });
});
