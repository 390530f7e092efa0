// The Taobao/Tmall marketplace module: one module for both sites (a Taobao list holds Tmall orders too).
import type { PageKind, PageReading } from '../../rules/model';
import { fitReading } from '../common/limits';
import type { MarketplaceModule } from '../module';
import { isAntiBotPage } from './anti-bot';
import { detectTaobao } from './detect';
import { readDetail } from './read-detail';
import { readList } from './read-list';
import { readRefund } from './read-refund';
import { readTmallDetail } from './read-tmall';

type Reader = (url: string, doc: Document, now: Date) => PageReading;

function readerFor(marketplace: 'taobao' | 'tmall', kind: PageKind): Reader | null {
  if (kind === 'order-list') return readList;
  if (kind === 'order-detail') return marketplace === 'tmall' ? readTmallDetail : readDetail;
  if (kind === 'refund') return readRefund;
  return null;
}

function read(url: string, doc: Document, now: Date): PageReading | null {
  const page = detectTaobao(url);
  const reader = page && readerFor(page.marketplace, page.kind);
  if (!page || !reader) return null;
  try {
    if (isAntiBotPage(doc)) return null;
    return fitReading(reader(url, doc, now));
  } catch {
    // Readers catch per order; this is the last net so the content script never sees a throw.
    return { marketplace: page.marketplace, kind: page.kind, url, orders: [], problems: [`${page.marketplace}: page could not be read`] };
  }
}

export const taobao: MarketplaceModule = { detect: detectTaobao, read };
