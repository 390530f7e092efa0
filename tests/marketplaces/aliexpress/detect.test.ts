// In the spirit of refined-github's page-detect tests: a table of URLs per page kind, and every URL is
// checked against every marketplace's detector — it must match its own and no other.
import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../../src/rules/model';
import { classifyAliexpressUrl } from '../../../src/marketplaces/aliexpress/detect';
import { DETECTORS, detectPage } from '../../../src/marketplaces/detect';

const PAGES: Record<'order-list' | 'order-detail' | 'tracking', string[]> = {
  'order-list': [
    'https://www.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.headerAcount.2',
    'https://www.aliexpress.com/p/order/index.html#tab=shipped',
    'https://WWW.AliExpress.com/p/order/index.html',
    'https://aliexpress.com/p/order/index.html',
    'https://pl.aliexpress.com/p/order/index.html',
    'https://es.aliexpress.com/p/order/index.html',
    'https://m.aliexpress.com/p/order/index.html',
    'https://aliexpress.ru/p/order/index.html',
    'https://www.aliexpress.ru/p/order/index.html',
    'https://aliexpress.us/p/order/index.html',
    'https://www.aliexpress.us/p/order/index.html',
    'https://trade.aliexpress.com/orderList.htm',
    'https://trade.aliexpress.com/orderList.htm?tracelog=me_orders',
  ],
  'order-detail': [
    'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417',
    'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417&spm=a2g0o.order_list.0.0',
    'https://pl.aliexpress.com/p/order/detail.html?orderId=8190000000000420',
    'https://es.aliexpress.com/p/order/detail.html?orderId=8190000000000422',
    'https://aliexpress.ru/p/order/detail.html?orderId=8190000000000421',
    'https://www.aliexpress.us/p/order/detail.html?orderId=8190000000000419',
    'https://trade.aliexpress.com/order_detail.htm?orderId=8190000000000601',
  ],
  tracking: [
    'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000311',
    'https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000422',
    'https://aliexpress.ru/p/tracking/index.html?tradeOrderId=8190000000000421',
    'https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=8190000000000419',
    'https://track.aliexpress.com/logisticsDetail.htm?tradeId=8190000000000601',
  ],
};

const NOTHING = [
  'https://www.aliexpress.com/',
  'https://www.aliexpress.com/item/123.html',
  'https://www.aliexpress.com/item/1005000000000101.html',
  'https://www.aliexpress.com/store/1100000101',
  'https://www.aliexpress.com/wholesale?SearchText=p/order/index.html',
  'https://www.aliexpress.com/item/1.html?next=/p/order/index.html',
  'https://www.aliexpress.com/p/order/',
  'https://www.aliexpress.com/p/orders/index.html',
  'https://www.aliexpress.com/p/order/index.htm',
  'https://www.aliexpress.com/p/tracking/index.htm',
  'https://www.aliexpress.com/orderList.htm',
  'https://trade.aliexpress.ru/orderList.htm',
  'https://trade.aliexpress.com/issue/issueList.htm',
  'https://login.aliexpress.com/',
  // Look-alike hosts
  'https://evil.com/aliexpress.com/p/order/index.html',
  'https://aliexpress.com.evil.com/p/order/index.html',
  'https://www.aliexpress.com.evil.com/p/order/detail.html?orderId=8190000000000417',
  'https://evilaliexpress.com/p/order/index.html',
  'https://aliexpress.com@evil.com/p/order/index.html',
  'https://www.aliexpress.co/p/order/index.html',
  'https://www.taobao.com/p/order/index.html',
  // https only: the manifest injects nowhere else
  'http://www.aliexpress.com/p/order/index.html',
  'http://trade.aliexpress.com/orderList.htm',
  'ftp://www.aliexpress.com/p/order/index.html',
  'file:///p/order/index.html',
  // Not URLs at all
  '',
  'not a url',
  '/p/order/index.html',
];

const ALL = Object.entries(PAGES).flatMap(([kind, urls]) => urls.map((url) => [url, kind] as [string, PageKind]));

describe('page detection', () => {
  it.each(ALL)('%s is an AliExpress %s page, for exactly one detector', (url, kind) => {
    const hits = DETECTORS.map((detect) => detect(url)).filter((page) => page !== null);
    expect(hits).toEqual([{ marketplace: 'aliexpress', kind }]);
    expect(detectPage(url)).toEqual({ marketplace: 'aliexpress', kind });
  });

  it.each(NOTHING)('%j is no order page for any detector', (url) => {
    for (const detect of DETECTORS) expect(detect(url)).toBeNull();
    expect(detectPage(url)).toBeNull();
  });

  it('tells the legacy site apart, so the legacy readers get its pages', () => {
    expect(classifyAliexpressUrl('https://trade.aliexpress.com/orderList.htm')).toEqual({ kind: 'order-list', legacy: true });
    expect(classifyAliexpressUrl('https://track.aliexpress.com/logisticsdetail.htm?tradeId=1')).toEqual({ kind: 'tracking', legacy: true });
    expect(classifyAliexpressUrl('https://trade.aliexpress.com/p/order/index.html')).toEqual({ kind: 'order-list', legacy: false });
    expect(classifyAliexpressUrl('https://www.aliexpress.com/p/order/detail.html?orderId=1')).toEqual({ kind: 'order-detail', legacy: false });
  });
});
