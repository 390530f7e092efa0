// URL → page kind for 1688. Runs on every 1688 page the content script sees, so it stays tiny and reads
// nothing but the address.
import { httpsUrl } from '../common/https-url';
import type { PageKind } from '../../rules/model';

// host + path, lower case. The new order list also lives on air.1688.com; the old one shares the
// trade.1688.com address (?oldBuyerOrderList=y), so the readers tell them apart by their markup.
const PAGES: Readonly<Record<string, PageKind>> = {
  'trade.1688.com/order/buyer_order_list.htm': 'order-list',
  'air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html': 'order-list',
  'trade.1688.com/order/new_step_order_detail.htm': 'order-detail',
  'air.1688.com/app/ctf-page/trade-order-detail/index.html': 'order-detail',
};

// The buyer's refund and after-sales pages; the sellers' (seller…) and the lists of many requests are not ours.
const REFUND_PAGE = /^\/refund\/(?!seller)(?![a-z_]*list)[a-z_]+\.html?$/i;

export function detect1688(url: string): { marketplace: '1688'; kind: PageKind } | null {
  const u = httpsUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  let kind: PageKind | null = PAGES[host + u.pathname.toLowerCase()] ?? null;
  // The purchase workbench is one address for many tools: only its bought-goods list (_path_) is an order page.
  if (host === 'work.1688.com' && u.pathname === '/' && /^\/purchasemanagement\/buylist\/?$/i.test(u.searchParams.get('_path_') ?? '')) kind = 'order-list';
  if (host === 'dispute.1688.com' && REFUND_PAGE.test(u.pathname)) kind = 'refund';
  return kind && { marketplace: '1688', kind };
}
