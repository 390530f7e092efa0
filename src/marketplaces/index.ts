// The only entry to page reading. The content script imports ./detect on its own first (it is tiny);
// this module, with every reader, is loaded only on an order page.
import type { Marketplace, PageReading } from '../rules/model';
import { alibaba1688 } from './alibaba1688';
import { aliexpress } from './aliexpress';
import { detectPage } from './detect';
import { taobao } from './taobao';
import type { MarketplaceModule } from './module';

// The contract's other half, for callers outside the extension (tests, tools): detectPage(url) says which
// page an address is without reading it.
/** @public */
export { detectPage } from './detect';
/** @public */
export type { DetectedPage } from './detect';
/** @public */
export type { OrderSnapshot, PageReading } from '../rules/model';

const MODULES: Partial<Record<Marketplace, MarketplaceModule>> = { aliexpress, taobao, tmall: taobao, '1688': alibaba1688 };

/**
 * What an order page shows, or null when url is no supported page or the page is a verification
 * wall. `now` dates the page's countdowns; never throws.
 */
export function readPage(url: string, doc: Document, now: Date = new Date()): PageReading | null {
  const page = detectPage(url);
  const module = page ? MODULES[page.marketplace] : undefined;
  return module ? module.read(url, doc, now) : null;
}
