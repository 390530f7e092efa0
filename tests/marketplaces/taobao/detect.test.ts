// refined-github style: URLs per page kind, each checked against every detector — its own and no other.
import { describe, expect, it } from 'vitest';
import type { Marketplace, PageKind } from '../../../src/rules/model';
import { DETECTORS, detectPage } from '../../../src/marketplaces/detect';

const PAGES: [Marketplace, PageKind, string[]][] = [
  ['taobao', 'order-list', [
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?route_to=tm1',
    'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?spm=a1z02.1.972272805.d4919977.1&nekot=1470211439694',
    'https://BuyerTrade.Taobao.com/trade/itemlist/list_bought_items.htm#tab=waitConfirm',
  ]],
  ['taobao', 'order-detail', [
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105&spm=a1z09.2.0.0',
  ]],
  ['tmall', 'order-detail', [
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803',
    'https://trade.tmall.com/detail/orderDetail.htm?spm=a1z09.2.0.0&bizOrderId=4187000000000004803',
  ]],
  ['taobao', 'refund', [
    'https://refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=4187000000000001234',
    'https://refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=4187000000000001234&type=1',
    'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1',
  ]],
];

const NOTHING = [
  'https://www.taobao.com/',
  'https://item.taobao.com/item.htm?id=600000000001',
  'https://s.taobao.com/search?q=list_bought_items.htm',
  'https://detail.tmall.com/item.htm?id=700000000001',
  'https://www.tmall.com/',
  'https://buyertrade.taobao.com/',
  'https://buyertrade.taobao.com/trade/itemlist/asyncBought.htm',
  'https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4187000000000001101',
  'https://trade.taobao.com/trade/confirmGoods.htm?biz_order_id=4187000000000001105',
  'https://trade.tmall.com/order/buyer_delay_confirm_goods_time.htm?bizOrderId=4187000000000004803',
  'https://refund2.taobao.com/',
  'https://refund2.taobao.com/dispute/list.htm',
  'https://login.taobao.com/member/login.jhtml',
  'https://buyertrade.taobao.com/_____tmd_____/punish?x5secdata=1',
  // Look-alike hosts and paths
  'https://trade.taobao.com.evil.com/trade/detail/trade_order_detail.htm?biz_order_id=1',
  'https://evil.com/buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  'https://buyertrade.taobao.com@evil.com/trade/itemlist/list_bought_items.htm',
  'https://xbuyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  'https://buyertrade.taobao.cn/trade/itemlist/list_bought_items.htm',
  'https://trade.tmall.hk/detail/orderDetail.htm?bizOrderId=1',
  'https://trade.taobao.com/detail/orderDetail.htm?bizOrderId=1',
  'https://trade.tmall.com/trade/detail/trade_order_detail.htm?biz_order_id=1',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.html',
  // https only
  'http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  'http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803',
  'file:///trade/itemlist/list_bought_items.htm',
  '',
  'list_bought_items.htm',
];

const ALL = PAGES.flatMap(([marketplace, kind, urls]) => urls.map((url) => [url, marketplace, kind] as const));

describe('Taobao/Tmall page detection', () => {
  it.each(ALL)('%s is a %s %s page, for exactly one detector', (url, marketplace, kind) => {
    const hits = DETECTORS.map((detect) => detect(url)).filter((page) => page !== null);
    expect(hits).toEqual([{ marketplace, kind }]);
    expect(detectPage(url)).toEqual({ marketplace, kind });
  });

  it.each(NOTHING)('%j is no order page for any detector', (url) => {
    for (const detect of DETECTORS) expect(detect(url)).toBeNull();
  });

  it('leaves AliExpress pages to AliExpress', () => {
    for (const url of ['https://www.aliexpress.com/p/order/index.html', 'https://trade.aliexpress.com/orderList.htm']) {
      expect(detectPage(url)?.marketplace).toBe('aliexpress');
    }
  });
});
