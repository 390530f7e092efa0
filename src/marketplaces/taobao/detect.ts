// URL → page kind for Taobao and Tmall. Runs on every page of their order hosts, so it stays tiny and
// reads nothing but the address.
import { httpsUrl } from '../common/https-url';
import type { PageKind } from '../../rules/model';

export type TaobaoPage = { marketplace: 'taobao' | 'tmall'; kind: PageKind };

// host + path (lower case) → the page. Exact hosts only: these are the hosts the manifest injects on.
const PAGES: Readonly<Record<string, TaobaoPage>> = {
  'buyertrade.taobao.com/trade/itemlist/list_bought_items.htm': { marketplace: 'taobao', kind: 'order-list' },
  'trade.taobao.com/trade/detail/trade_order_detail.htm': { marketplace: 'taobao', kind: 'order-detail' },
  'trade.tmall.com/detail/orderdetail.htm': { marketplace: 'tmall', kind: 'order-detail' },
  // A refund page does not say whether the order was bought on Taobao or Tmall; the worker files both together.
  'refund2.taobao.com/dispute/applyrouter.htm': { marketplace: 'taobao', kind: 'refund' },
  'refund2.taobao.com/dispute/detail.htm': { marketplace: 'taobao', kind: 'refund' },
};

export function detectTaobao(url: string): TaobaoPage | null {
  const u = httpsUrl(url);
  if (!u) return null;
  return PAGES[u.hostname.toLowerCase() + u.pathname.toLowerCase()] ?? null;
}
