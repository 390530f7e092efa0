// readPage for the content script: the same reading, but an order page fetches only its own
// marketplace's readers (each marketplace is a chunk of its own) instead of all of them.
import type { Marketplace, PageReading } from '../rules/model';
import { detectPage } from './detect';
import type { MarketplaceModule } from './module';

const IMPORTS: Partial<Record<Marketplace, () => Promise<MarketplaceModule>>> = {
  aliexpress: () => import('./aliexpress').then((m) => m.aliexpress),
  taobao: () => import('./taobao').then((m) => m.taobao),
  tmall: () => import('./taobao').then((m) => m.taobao),
  '1688': () => import('./alibaba1688').then((m) => m.alibaba1688),
};

const loading = new Map<Marketplace, Promise<MarketplaceModule | null>>();

/**
 * The reader module for url's marketplace, fetched once; null for no supported page. Call it early (at
 * document_start) so the fetch overlaps the page's own parsing. A failed fetch is forgotten, so the next
 * call tries again.
 */
export function loadReader(url: string): Promise<MarketplaceModule | null> {
  const marketplace = detectPage(url)?.marketplace;
  const load = marketplace && IMPORTS[marketplace];
  if (!marketplace || !load) return Promise.resolve(null);
  let pending = loading.get(marketplace);
  if (!pending) {
    pending = load().catch(() => {
      loading.delete(marketplace);
      return null;
    });
    loading.set(marketplace, pending);
  }
  return pending;
}

/**
 * What readPage (./index.ts) answers, once url's readers have arrived; never rejects. Without `now`, the
 * page's countdowns are dated when the reading is taken, not when it was asked for.
 */
export async function readPageLazy(url: string, doc: Document, now?: Date): Promise<PageReading | null> {
  const module = await loadReader(url);
  return module ? module.read(url, doc, now ?? new Date()) : null;
}
