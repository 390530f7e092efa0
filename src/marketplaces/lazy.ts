// readPage for the content script: the same reading, but an order page fetches only the readers it
// needs (each a chunk of its own) instead of every marketplace's. Taobao/Tmall's come one kind of page
// at a time: its list readers alone weigh as much as another marketplace's every reader.
import type { Marketplace, PageKind, PageReading } from '../rules/model';
import { detectPage } from './detect';
import type { MarketplaceModule } from './module';

type Read = MarketplaceModule['read'];
type Import = { key: string; load: () => Promise<Read> };

const TAOBAO_PAGES: Record<string, () => Promise<{ read: Read }>> = {
  'order-list': () => import('./taobao/pages/lists'),
  'taobao-detail': () => import('./taobao/pages/taobao-detail'),
  'tmall-detail': () => import('./taobao/pages/tmall-detail'),
  refund: () => import('./taobao/pages/refunds'),
};

function importFor(marketplace: Marketplace, kind: PageKind): Import | null {
  switch (marketplace) {
    case 'aliexpress':
      return { key: marketplace, load: () => import('./aliexpress').then((m) => m.aliexpress.read) };
    case '1688':
      return { key: marketplace, load: () => import('./alibaba1688').then((m) => m.alibaba1688.read) };
    case 'taobao':
    case 'tmall': {
      const page = TAOBAO_PAGES[kind === 'order-detail' ? `${marketplace}-detail` : kind];
      return page ? { key: `${marketplace}:${kind}`, load: () => page().then((m) => m.read) } : null;
    }
    default:
      return null;
  }
}

const loading = new Map<string, Promise<Read | null>>();

/**
 * The reader for url's page, fetched once; null for no supported page. Call it as soon as the script
 * runs, so the fetch overlaps whatever parsing of the page is left. A failed fetch is forgotten, so the next
 * call tries again.
 */
export function loadReader(url: string): Promise<Read | null> {
  const page = detectPage(url);
  const wanted = page && importFor(page.marketplace, page.kind);
  if (!wanted) return Promise.resolve(null);
  let pending = loading.get(wanted.key);
  if (!pending) {
    pending = wanted.load().catch(() => {
      loading.delete(wanted.key);
      return null;
    });
    loading.set(wanted.key, pending);
  }
  return pending;
}

/**
 * What readPage (./index.ts) answers, once url's readers have arrived; never rejects. Without `now`, the
 * page's countdowns are dated when the reading is taken, not when it was asked for.
 */
export async function readPageLazy(url: string, doc: Document, now?: Date): Promise<PageReading | null> {
  const read = await loadReader(url);
  return read ? read(url, doc, now ?? new Date()) : null;
}
