// The 1688 marketplace module: which pages it reads, and how.
import type { PageKind, PageReading } from '../../rules/model';
import { fitReading } from '../common/limits';
import type { MarketplaceModule } from '../module';
import { readPastWall } from '../common/wall';
import { isPunishUrl, WALL } from './anti-bot';
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
  try {
    if (isPunishUrl(url)) return null;
    return readPastWall(doc, WALL, () => fitReading(reader(url, doc, now)));
  } catch {
    // Readers catch per order; this is the last net so the content script never sees a throw.
    return { marketplace: '1688', kind: page.kind, url, orders: [], problems: ['1688: page could not be read'] };
  }
}

export const alibaba1688: MarketplaceModule = { detect: detect1688, read };
