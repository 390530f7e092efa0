// A Taobao/Tmall page read with the reader a table picks for it. The module (./index.ts) picks among
// every reader; each file of page code carries one kind of page's readers (src/content/bundles/).
import type { PageKind, PageReading } from '../../rules/model';
import { readSafely } from '../common/read-safely';
import { detectTaobao } from './detect';

export type Reader = (url: string, doc: Document, now: Date) => PageReading;
export type ReaderFor = (marketplace: 'taobao' | 'tmall', kind: PageKind) => Reader | null;

export function readWith(readerFor: ReaderFor): (url: string, doc: Document, now: Date) => PageReading | null {
  return (url, doc, now) => {
    const page = detectTaobao(url);
    const reader = page && readerFor(page.marketplace, page.kind);
    if (!page || !reader) return null;
    return readSafely(page, url, doc, () => reader(url, doc, now));
  };
}
