// The AliExpress marketplace module: which pages it reads, and how.
import type { PageKind, PageReading } from '../../rules/model';
import { fitReading } from '../common/limits';
import type { MarketplaceModule } from '../module';
import { readPastWall } from '../common/wall';
import { WALL } from './anti-bot';
import { classifyAliexpressUrl, detectAliexpress } from './detect';
import { readDetail } from './read-detail';
import { readLegacyDetail, readLegacyList } from './read-legacy';
import { readList } from './read-list';
import { readTracking } from './read-tracking';

type Reader = (url: string, doc: Document, now: Date) => PageReading;

// [current site, legacy site]
const READERS: Partial<Record<PageKind, readonly [Reader, Reader]>> = {
  'order-list': [readList, readLegacyList],
  'order-detail': [readDetail, readLegacyDetail],
  tracking: [readTracking, readTracking],
};

function read(url: string, doc: Document, now: Date): PageReading | null {
  const page = classifyAliexpressUrl(url);
  const readers = page && READERS[page.kind];
  if (!page || !readers) return null;
  try {
    return readPastWall(doc, WALL, () => fitReading(readers[page.legacy ? 1 : 0](url, doc, now)));
  } catch {
    // Readers catch per order; this is the last net so the content script never sees a throw.
    return { marketplace: 'aliexpress', kind: page.kind, url, orders: [], problems: ['aliexpress: page could not be read'] };
  }
}

export const aliexpress: MarketplaceModule = { detect: detectAliexpress, read };
