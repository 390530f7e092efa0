// The bundled demo pages, each under the real marketplace address it imitates. Shared by `npm start`
// and the end-to-end tests, which serve these files in place of the network.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AE_2026_AS_OF, demoShiftDays, shiftDates } from './demo-dates.mjs';

// A string path, not new URL(): under happy-dom (unit tests) the global URL is the DOM's, not Node's.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures') + '/';

/** Address → fixture file (relative to tests/fixtures). */
export const PAGES = {
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417': 'aliexpress/detail-cancel-requested.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311': 'aliexpress/detail-shipped.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000419': 'aliexpress/detail-awaiting-payment.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529': 'aliexpress/detail-refund-open.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529&hostile=hosts': 'hostile/aliexpress-refund-open.hosts.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529&hostile=early': 'hostile/aliexpress-refund-open.early.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000631': 'aliexpress/detail-hostile.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417&redesign=1': 'aliexpress/detail-renamed.en.html',
  'https://www.aliexpress.com/p/order/index.html': 'aliexpress/list.en.html',
  // As served in 2026 (Brazil, English interface).
  'https://pt.aliexpress.com/p/order/index.html': 'aliexpress/list-2026.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002602': 'aliexpress/detail-2026-in-transit.en.html',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002603': 'aliexpress/detail-2026-completed.en.html',
  'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000002602': 'aliexpress/tracking-2026.en.html',
  'https://www.aliexpress.com/': 'aliexpress/not-an-order-page.html',
  'https://www.aliexpress.com/p/order/help.html': 'aliexpress/not-an-order-page.html',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm': 'taobao/list-old.html',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?route_to=tm1': 'taobao/list-old-dom.html',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?new=1': 'taobao/list-new.html',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?pageNum=2&translated=1': 'taobao/list-old-paged-translated.html',
  'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106&translated=1': 'taobao/detail-refund-translated.html',
  'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105': 'taobao/detail-shipped-2d4h.html',
  'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001110': 'taobao/detail-shipped-9d10h.html',
  'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106': 'taobao/detail-refund.html',
  'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001111': 'taobao/detail-completed.html',
  'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803': 'taobao/tmall-shipped.html',
  'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004804': 'taobao/tmall-refund.html',
  'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004805': 'taobao/tmall-completed.html',
  'https://refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=4187000000000001234': 'taobao/refund-requested.html',
  'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1': 'taobao/refund-refused.html',
  'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001106&disputeType=1': 'taobao/refund-return-awaiting.html',
  'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001107&disputeType=1': 'taobao/refund-return-shipped.html',
  'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001108&disputeType=1': 'taobao/refund-success.html',
  'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001109&disputeType=1': 'taobao/refund-closed.html',
  'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001112&disputeType=1': 'taobao/refund-dispute.html',
  'https://trade.1688.com/order/buyer_order_list.htm': '1688/list.html',
  'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html': '1688/list.html',
  'https://work.1688.com/?_path_=/purchasemanagement/buyList': '1688/list-workbench.html',
  'https://trade.1688.com/order/buyer_order_list.htm?oldBuyerOrderList=y': '1688/list-old.html',
  'https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitsellersend': '1688/list-broken.html',
  'https://trade.1688.com/order/buyer_order_list.htm?tracelog=verify': '1688/anti-bot.html',
  'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000201': '1688/detail-old-shipped.html',
  'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000204': '1688/detail-old-awaiting-payment.html',
  'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000104': '1688/detail-old-refunding.html',
  'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000103': '1688/detail-new-shipped.html',
  'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000101': '1688/detail-new-awaiting-payment.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701': '1688/refund-requested.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000702': '1688/refund-timeout.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000703': '1688/refund-refused.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000704': '1688/refund-return-awaiting-buyer.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000705': '1688/refund-return-shipped.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000706': '1688/refund-success.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000707': '1688/refund-closed.html',
  'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000708': '1688/refund-platform.html',
};

/** The demo tour `npm start` opens, in order. */
export const DEMO = [
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311',
  'https://www.aliexpress.com/p/order/index.html',
];

/** The page to serve for an address at `now` (its dates brought up to date), or null (the test network answers 404). */
export function pageFor(url, now = Date.now()) {
  const file = PAGES[url];
  if (!file) return null;
  // The 2026 AliExpress pages share one moment of their own, so an order seen on two of them agrees.
  const asOf = file.includes('-2026.') ? AE_2026_AS_OF : undefined;
  return shiftDates(readFileSync(FIXTURES + file, 'utf8'), demoShiftDays(now, asOf));
}

/** Hosts the tests intercept; anything else is refused so nothing leaves the machine. */
export const MARKETPLACE_HOST = /^https:\/\/([a-z0-9-]+\.)*(aliexpress\.(com|ru|us)|taobao\.com|tmall\.com|1688\.com)\//;
