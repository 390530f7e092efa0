// The AliExpress marketplace module: which pages it reads, and how.
import type { PageKind, PageReading } from '../../rules/model';
import { readSafely } from '../common/read-safely';
import type { MarketplaceModule } from '../module';
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
  return readSafely({ marketplace: 'aliexpress', kind: page.kind }, url, doc, () => readers[page.legacy ? 1 : 0](url, doc, now));
}

export const aliexpress: MarketplaceModule = { detect: detectAliexpress, read };
