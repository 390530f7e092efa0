// The 1688 marketplace module: which pages it reads, and how.
import type { PageKind, PageReading } from '../../rules/model';
import { readSafely } from '../common/read-safely';
import type { MarketplaceModule } from '../module';
import { detect1688 } from './detect';
import { readDetail } from './read-detail';
import { readList } from './read-list';
import { readRefund } from './read-refund';

type Reader = (url: string, doc: Document, now: Date) => PageReading;

const READERS: Partial<Record<PageKind, Reader>> = {
  'order-list': readList,
  'order-detail': readDetail,
  refund: readRefund,
};

function read(url: string, doc: Document, now: Date): PageReading | null {
  const page = detect1688(url);
  const reader = page && READERS[page.kind];
  if (!page || !reader) return null;
  return readSafely({ marketplace: '1688', kind: page.kind }, url, doc, () => reader(url, doc, now));
}

export const alibaba1688: MarketplaceModule = { detect: detect1688, read };
