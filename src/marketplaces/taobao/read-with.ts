// A Taobao/Tmall page read with the reader a table picks for it. The module (./index.ts) picks among
// every reader; the content script fetches one kind of page's readers at a time (../lazy.ts).
import type { PageKind, PageReading } from '../../rules/model';
import { fitReading } from '../common/limits';
import { readPastWall } from '../common/wall';
import { WALL } from './anti-bot';
import { detectTaobao } from './detect';

export type Reader = (url: string, doc: Document, now: Date) => PageReading;
export type ReaderFor = (marketplace: 'taobao' | 'tmall', kind: PageKind) => Reader | null;

export function readWith(readerFor: ReaderFor): (url: string, doc: Document, now: Date) => PageReading | null {
  return (url, doc, now) => {
    const page = detectTaobao(url);
    const reader = page && readerFor(page.marketplace, page.kind);
    if (!page || !reader) return null;
    try {
      return readPastWall(doc, WALL, () => fitReading(reader(url, doc, now)));
    } catch {
      // Readers catch per order; this is the last net so the content script never sees a throw.
      return { marketplace: page.marketplace, kind: page.kind, url, orders: [], problems: [`${page.marketplace}: page could not be read`] };
    }
  };
}
