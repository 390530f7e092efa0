// Which file of page code a page needs. The code that reads an order page and draws on it is not
// loaded the way a page loads scripts: our content script (content/hook.iife.ts) asks the worker, which
// injects one self-contained file into our own isolated world (background/inject.ts), so nothing of ours
// has an address a web page can fetch. One file per kind of page's readers and view (content/bundles/):
// a list page carries its own marketplace's list readers and the chips, never another's or the sidebar.
import type { DetectedPage } from '../marketplaces/detect';
import type { Marketplace } from '../rules/model';

export const PAGE_CODE = [
  'aliexpress-list', 'aliexpress-order', '1688-list', '1688-order',
  'taobao-list', 'taobao-detail', 'tmall-detail', 'taobao-refund',
] as const;
export type PageCode = (typeof PAGE_CODE)[number];

/** The page code an address needs; null for a page none of it reads (nothing is loaded there). */
export function pageCodeFor(page: DetectedPage | null): PageCode | null {
  if (!page) return null;
  const list = page.kind === 'order-list';
  switch (page.marketplace) {
    case 'aliexpress':
    case '1688':
      return `${page.marketplace}-${list ? 'list' : 'order'}`;
    case 'taobao':
    case 'tmall':
      // Taobao's and Tmall's lists and refund pages are one and the same page; their detail pages are not.
      if (list) return 'taobao-list';
      if (page.kind === 'refund') return 'taobao-refund';
      return page.kind === 'order-detail' ? `${page.marketplace}-detail` : null;
    default:
      return null;
  }
}

/** Where the build puts a page code's file, inside the extension. */
export const pageCodeFile = (code: PageCode) => `content/${code}.js`;

/** The marketplace whose pages a page code reads ('tmall' for Tmall's order pages; the router counts it as Taobao's). */
export const pageCodeMarketplace = (code: PageCode) => code.slice(0, code.indexOf('-')) as Marketplace;
