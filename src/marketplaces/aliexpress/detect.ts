// URL → page kind. Runs on every AliExpress page the content script sees, so it stays tiny and reads
// nothing but the address.
import { httpsUrl } from '../common/https-url';
import type { PageKind } from '../../rules/model';

export type AliexpressPage = { kind: PageKind; legacy: boolean };

// Country sites live under these roots (www., pl., es., m., …); the bare root is a site too.
const ROOTS = ['aliexpress.com', 'aliexpress.ru', 'aliexpress.us'];

const CURRENT: Readonly<Record<string, PageKind>> = {
  '/p/order/index.html': 'order-list',
  '/p/order/detail.html': 'order-detail',
  '/p/tracking/index.html': 'tracking',
};

// The pre-2022 site kept its own hosts; nothing else on them is an order page.
const LEGACY: Readonly<Record<string, PageKind>> = {
  'trade.aliexpress.com/orderlist.htm': 'order-list',
  'trade.aliexpress.com/order_detail.htm': 'order-detail',
  'track.aliexpress.com/logisticsdetail.htm': 'tracking',
};

/** The kind of AliExpress order page at url, and whether it is the legacy site; null for anything else. */
export function classifyAliexpressUrl(url: string): AliexpressPage | null {
  const u = httpsUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  if (!ROOTS.some((root) => host === root || host.endsWith(`.${root}`))) return null;
  const path = u.pathname.toLowerCase();
  const legacy = LEGACY[host + path];
  if (legacy) return { kind: legacy, legacy: true };
  const current = CURRENT[path];
  return current ? { kind: current, legacy: false } : null;
}

export function detectAliexpress(url: string): { marketplace: 'aliexpress'; kind: PageKind } | null {
  const page = classifyAliexpressUrl(url);
  return page && { marketplace: 'aliexpress', kind: page.kind };
}
