// Each kind of order page gets the one file of page code whose reader reads it exactly as readPage
// does; an address no reader reads gets none.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/marketplaces';
import { detectPage } from '../../src/marketplaces/detect';
import { read as aliexpressLists } from '../../src/marketplaces/aliexpress/pages/lists';
import { read as aliexpressOrders } from '../../src/marketplaces/aliexpress/pages/orders';
import { alibaba1688 } from '../../src/marketplaces/alibaba1688';
import { read as taobaoLists } from '../../src/marketplaces/taobao/pages/lists';
import { read as taobaoDetail } from '../../src/marketplaces/taobao/pages/taobao-detail';
import { read as tmallDetail } from '../../src/marketplaces/taobao/pages/tmall-detail';
import { read as refunds } from '../../src/marketplaces/taobao/pages/refunds';
import { PAGE_CODE, pageCodeFile, pageCodeFor, type PageCode } from '../../src/lib/page-code';
import { loadFixture } from '../marketplaces/load-fixture';
import { loadShadowFixture } from '../marketplaces/alibaba1688/load-shadow-fixture';

const NOW = new Date('2026-11-22T04:00:00Z');
const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
const DETAIL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311';

type Read = (url: string, doc: Document, now: Date) => ReturnType<typeof readPage>;
/** Each page code's reader, and the module its entry (src/content/bundles/<name>.ts) must import it from. */
const READERS: Record<PageCode, [Read, string, 'chips' | 'sidebar']> = {
  'aliexpress-list': [aliexpressLists, 'marketplaces/aliexpress/pages/lists', 'chips'],
  'aliexpress-order': [aliexpressOrders, 'marketplaces/aliexpress/pages/orders', 'sidebar'],
  '1688-list': [alibaba1688.read, 'marketplaces/alibaba1688', 'chips'],
  '1688-order': [alibaba1688.read, 'marketplaces/alibaba1688', 'sidebar'],
  'taobao-list': [taobaoLists, 'marketplaces/taobao/pages/lists', 'chips'],
  'taobao-detail': [taobaoDetail, 'marketplaces/taobao/pages/taobao-detail', 'sidebar'],
  'tmall-detail': [tmallDetail, 'marketplaces/taobao/pages/tmall-detail', 'sidebar'],
  'taobao-refund': [refunds, 'marketplaces/taobao/pages/refunds', 'sidebar'],
};

const PAGES: [string, string, PageCode, (path: string) => Document][] = [
  ['aliexpress/list.en.html', 'https://www.aliexpress.com/p/order/index.html', 'aliexpress-list', loadFixture],
  ['aliexpress/detail-shipped.en.html', 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311', 'aliexpress-order', loadFixture],
  ['aliexpress/legacy-list.en.html', 'https://trade.aliexpress.com/orderList.htm', 'aliexpress-list', loadFixture],
  ['aliexpress/tracking.en.html', 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000311', 'aliexpress-order', loadFixture],
  ['aliexpress/anti-bot.html', 'https://www.aliexpress.com/p/order/index.html', 'aliexpress-list', loadFixture],
  ['taobao/list-old.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'taobao-list', loadFixture],
  ['taobao/detail-shipped-2d4h.html', 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105', 'taobao-detail', loadFixture],
  ['taobao/tmall-shipped.html', 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803', 'tmall-detail', loadFixture],
  ['taobao/refund-requested.html', 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1', 'taobao-refund', loadFixture],
  ['taobao/list-old-dom.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?route_to=tm1', 'taobao-list', loadFixture],
  ['taobao/list-new.html', 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?new=1', 'taobao-list', loadFixture],
  ['1688/list.html', 'https://trade.1688.com/order/buyer_order_list.htm', '1688-list', loadShadowFixture],
  ['1688/detail-new-shipped.html', 'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000103', '1688-order', loadShadowFixture],
  ['1688/refund-requested.html', 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701', '1688-order', loadShadowFixture],
];

describe('page code', () => {
  it.each(PAGES)('%s gets %s, whose reader reads it as readPage does', (fixture, url, code, load) => {
    expect(pageCodeFor(detectPage(url))).toBe(code);
    const doc = load(fixture);
    expect(READERS[code][0](url, doc, NOW)).toEqual(readPage(url, doc, NOW));
  });

  it('has one entry per page code, importing its reader and its view', () => {
    const entries = readdirSync('src/content/bundles').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(entries.sort()).toEqual([...PAGE_CODE].sort());
    for (const code of PAGE_CODE) {
      const [, module, view] = READERS[code];
      const text = readFileSync(`src/content/bundles/${code}.ts`, 'utf8');
      expect(text, code).toContain(`from '../../${module}'`);
      expect(text, code).toContain(`from '../view-${view}'`);
      expect(text, code).toContain(`runPageCode('${code}',`);
      expect(pageCodeFile(code)).toBe(`content/${code}.js`);
    }
  });

  it('a list gets the chips, every other page the sidebar', () => {
    for (const [, url, code] of PAGES) expect(READERS[code][2], url).toBe(detectPage(url)?.kind === 'order-list' ? 'chips' : 'sidebar');
  });

  it('loads nothing where no reader reads', () => {
    expect(pageCodeFor(detectPage('https://www.aliexpress.com/'))).toBeNull();
    expect(pageCodeFor(null)).toBeNull();
  });

  it('each kind of page\'s readers read only their own kind of page', () => {
    const listUrl = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
    expect(tmallDetail(listUrl, loadFixture('taobao/list-old.html'), NOW)).toBeNull();
    expect(aliexpressOrders(LIST_URL, loadFixture('aliexpress/list.en.html'), NOW)).toBeNull();
    expect(aliexpressLists(DETAIL_URL, loadFixture('aliexpress/detail-shipped.en.html'), NOW)).toBeNull();
  });
});
