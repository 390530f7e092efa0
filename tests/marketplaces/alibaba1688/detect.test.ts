// A table of URLs per page kind, and every URL checked against every marketplace's detector: it must
// match its own and no other (as tests/marketplaces/aliexpress/detect.test.ts does for AliExpress).
import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../../src/rules/model';
import { detect1688 } from '../../../src/marketplaces/alibaba1688/detect';
import { DETECTORS, detectPage } from '../../../src/marketplaces/detect';

const PAGES: Record<'order-list' | 'order-detail' | 'refund', string[]> = {
  'order-list': [
    'https://trade.1688.com/order/buyer_order_list.htm',
    'https://trade.1688.com/order/buyer_order_list.htm?oldBuyerOrderList=y',
    'https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitbuyerreceive',
    'https://trade.1688.com/order/buyer_order_list.htm?spm=a260k.home2025.topmenu.dmyorder_popup_ddd#top',
    'https://TRADE.1688.com/order/buyer_order_list.htm',
    'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html',
    'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html?tradeStatus=waitbuyerpay',
    'https://work.1688.com/?_path_=/purchasemanagement/buyList',
    'https://work.1688.com/?_path_=/purchasemanagement/buyList&spm=a2615work.wb_home.0.0',
    'https://work.1688.com/?spm=a2615work.1&_path_=%2Fpurchasemanagement%2FbuyList',
    'https://work.1688.com/?_path_=/purchasemanagement/buyList/',
  ],
  'order-detail': [
    'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000201',
    'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000201&spm=a360q.8274423.0.0',
    'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000103',
    'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000103&from=list',
  ],
  refund: [
    'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701',
    'https://dispute.1688.com/refund/assureRefundDetail.htm?refundId=TK7000000000000701&orderId=3900000000000000104',
    'https://dispute.1688.com/refund/applyRefund.htm?orderEntryId=3900000000000000104',
    'https://dispute.1688.com/refund/buyer_refund_detail.html?refundId=TK7000000000000702',
  ],
};

const NOTHING = [
  'https://www.1688.com/',
  'https://1688.com/',
  'https://detail.1688.com/offer/700000000101.html',
  'https://s.1688.com/selloffer/offer_search.htm?keywords=buyer_order_list.htm',
  'https://trade.1688.com/',
  'https://trade.1688.com/order/buyer_order_list.html',
  'https://trade.1688.com/order/seller_order_list.htm',
  'https://trade.1688.com/order/new_step_order_detail.htm/extra',
  'https://trade.1688.com/_____tmd_____/punish?x5secdata=invented',
  'https://air.1688.com/app/ctf-page/trade-order-list/seller-order-list.html',
  'https://air.1688.com/app/ctf-page/other-app/index.html',
  'https://air.1688.com/trade-order-list/buyer-order-list.html',
  'https://work.1688.com/',
  'https://work.1688.com/?_path_=/purchasemanagement/invoice',
  'https://work.1688.com/?_path_=/purchasemanagement/buyListX',
  'https://work.1688.com/?_path_=/sellermanagement/buyList',
  'https://work.1688.com/other/?_path_=/purchasemanagement/buyList',
  'https://work.1688.com/#/purchasemanagement/buyList',
  'https://dispute.1688.com/',
  'https://dispute.1688.com/refund/sellerRefundList.htm?test=',
  'https://dispute.1688.com/refund/sellerRefundDetail.htm?refundId=TK7000000000000701',
  'https://dispute.1688.com/refund/buyerRefundList.htm',
  'https://dispute.1688.com/refund/',
  'https://dispute.1688.com/refund/sub/buyerRefundDetail.htm',
  'https://dispute.1688.com/help/refund.htm',
  // Look-alike hosts
  'https://trade.1688.com.evil.example/order/buyer_order_list.htm',
  'https://evil.example/trade.1688.com/order/buyer_order_list.htm',
  'https://trade.1688.com@evil.example/order/buyer_order_list.htm',
  'https://trade-1688.com/order/buyer_order_list.htm',
  'https://xtrade.1688.com/order/buyer_order_list.htm',
  'https://trade.1688.co/order/buyer_order_list.htm',
  'https://dispute.1688.com.evil.example/refund/buyerRefundDetail.htm',
  'https://air.1688.com.evil.example/app/ctf-page/trade-order-list/buyer-order-list.html',
  'https://work.1688.com.evil.example/?_path_=/purchasemanagement/buyList',
  // https only: the manifest injects nowhere else
  'http://trade.1688.com/order/buyer_order_list.htm',
  'http://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701',
  'http://work.1688.com/?_path_=/purchasemanagement/buyList',
  // Not URLs at all
  '',
  'not a url',
  '/order/buyer_order_list.htm',
];

const ALL = Object.entries(PAGES).flatMap(([kind, urls]) => urls.map((url) => [url, kind] as [string, PageKind]));

describe('1688 page detection', () => {
  it.each(ALL)('%s is a 1688 %s page, for exactly one detector', (url, kind) => {
    const hits = DETECTORS.map((detect) => detect(url)).filter((page) => page !== null);
    expect(hits).toEqual([{ marketplace: '1688', kind }]);
    expect(detectPage(url)).toEqual({ marketplace: '1688', kind });
  });

  it.each(NOTHING)('%j is no order page for any detector', (url) => {
    for (const detect of DETECTORS) expect(detect(url)).toBeNull();
    expect(detectPage(url)).toBeNull();
  });

  it('is one of the detectors the content script asks', () => {
    expect(DETECTORS).toContain(detect1688);
  });
});
