// Links taken from a page (or an import, or typed for a hand-tracked order) are followed only when they
// are https: on one of the exact hosts where a marketplace shows a buyer their orders: no port, no user
// name, no sellers' shop subdomains, no short-link or redirect hosts (xhslink.com, s.click.taobao.com,
// s.click.aliexpress.com), which would send the buyer anywhere. Kuaishou and Xiaohongshu orders live in
// their apps; their web pages are on these hosts; Cainiao's station pages on cainiao.com.
import type { Marketplace } from '../rules/model';

/** AliExpress's country sites on aliexpress.com. */
const AE_COUNTRIES = ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'th', 'tr', 'vi'];

export const ORDER_HOSTS: Readonly<Record<Marketplace, readonly string[]>> = {
  aliexpress: [
    'aliexpress.com', 'www.aliexpress.com', 'm.aliexpress.com', 'trade.aliexpress.com', 'track.aliexpress.com',
    ...AE_COUNTRIES.map((c) => `${c}.aliexpress.com`),
    'aliexpress.ru', 'www.aliexpress.ru', 'm.aliexpress.ru', 'trade.aliexpress.ru',
    'aliexpress.us', 'www.aliexpress.us', 'm.aliexpress.us',
  ],
  taobao: ['buyertrade.taobao.com', 'trade.taobao.com', 'refund2.taobao.com', 'www.taobao.com', 'item.taobao.com'],
  tmall: ['trade.tmall.com', 'detail.tmall.com', 'www.tmall.com'],
  '1688': ['trade.1688.com', 'air.1688.com', 'work.1688.com', 'dispute.1688.com', 'detail.1688.com', 'www.1688.com'],
  kuaishou: ['www.kuaishou.com'],
  xiaohongshu: ['www.xiaohongshu.com'],
  cainiao: ['www.cainiao.com', 'global.cainiao.com'],
};

/** Taobao's pages list Tmall orders and the other way round: their links go to either. */
const FAMILY: Partial<Record<Marketplace, readonly Marketplace[]>> = { taobao: ['taobao', 'tmall'], tmall: ['taobao', 'tmall'] };

// Built once: every order of an export, of the store's writes and of the popup's rows asks.
const ALL_HOSTS = new Set(Object.values(ORDER_HOSTS).flat());
const HOSTS = Object.fromEntries(
  (Object.keys(ORDER_HOSTS) as Marketplace[]).map((m) => [m, new Set((FAMILY[m] ?? [m]).flatMap((f) => ORDER_HOSTS[f]))]),
) as Record<Marketplace, Set<string>>;

const hostsOf = (marketplace: Marketplace | undefined): Set<string> => (marketplace ? HOSTS[marketplace] : ALL_HOSTS);

/** The link as a plain https: address on a host of the order's marketplace (any of ours without one); else null. */
export function safeOrderLink(href: string | undefined, marketplace?: Marketplace): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    const plain = url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';
    return plain && hostsOf(marketplace).has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}
