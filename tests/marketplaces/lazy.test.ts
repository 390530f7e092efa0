// The content script reads through readPageLazy, which fetches one marketplace's readers: it must give
// exactly what readPage gives, for every kind of page of every marketplace.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/marketplaces';
import { loadReader, readPageLazy } from '../../src/marketplaces/lazy';
import { loadFixture } from './load-fixture';
import { loadShadowFixture } from './alibaba1688/load-shadow-fixture';

const NOW = new Date('2026-11-22T04:00:00Z');

const PAGES: [string, string, (path: string) => Document][] = [
  ['aliexpress/list.en.html', 'https://www.aliexpress.com/p/order/index.html', loadFixture],
  ['aliexpress/detail-shipped.en.html', 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311', loadFixture],
  ['aliexpress/legacy-list.en.html', 'https://trade.aliexpress.com/orderList.htm', loadFixture],
  ['aliexpress/tracking.en.html', 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000311', loadFixture],
  ['aliexpress/anti-bot.html', 'https://www.aliexpress.com/p/order/index.html', loadFixture],
  ['taobao/list-old.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', loadFixture],
  ['taobao/detail-shipped-2d4h.html', 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105', loadFixture],
  ['taobao/tmall-shipped.html', 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803', loadFixture],
  ['taobao/refund-requested.html', 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1', loadFixture],
  ['taobao/list-old-dom.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?route_to=tm1', loadFixture],
  ['taobao/list-new.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?new=1', loadFixture],
  ['1688/list.html', 'https://trade.1688.com/order/buyer_order_list.htm', loadShadowFixture],
  ['1688/detail-new-shipped.html', 'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000103', loadShadowFixture],
  ['1688/refund-requested.html', 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701', loadShadowFixture],
];

describe('readPageLazy', () => {
  it.each(PAGES)('reads %s as readPage does', async (fixture, url, load) => {
    const doc = load(fixture);
    expect(await readPageLazy(url, doc, NOW)).toEqual(readPage(url, doc, NOW));
  });

  it('answers null for an address no marketplace reads, without fetching anything', async () => {
    expect(await loadReader('https://www.aliexpress.com/')).toBeNull();
    expect(await readPageLazy('https://example.com/order/1', loadFixture('aliexpress/list.en.html'))).toBeNull();
  });

  it('fetches each page kind\'s readers once', async () => {
    const list = loadReader('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm');
    expect(loadReader('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?page=2')).toBe(list);
    const tmall = await loadReader('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803');
    expect(tmall).not.toBe(await list);
    expect(await loadReader('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004804')).toBe(tmall);
  });

  it('each kind\'s readers read only their own kind of page', async () => {
    const read = await loadReader('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803');
    const listUrl = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
    expect(read?.(listUrl, loadFixture('taobao/list-old.html'), NOW)).toBeNull();
  });
});
