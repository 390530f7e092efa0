// An AliExpress page read with the readers a table gives for its kind, on the current site and the
// legacy one. The module (./index.ts) holds every reader; each file of page code carries only the
// readers of its kind of page (./pages/, src/content/bundles/): a list page never the detail readers.
import type { PageKind, PageReading } from '../../rules/model';
import { readSafely } from '../common/read-safely';
import { classifyAliexpressUrl } from './detect';

type Reader = (url: string, doc: Document, now: Date) => PageReading;
/** [current site, legacy site] */
export type Readers = Partial<Record<PageKind, readonly [Reader, Reader]>>;

export function readWith(readers: Readers): (url: string, doc: Document, now: Date) => PageReading | null {
  return (url, doc, now) => {
    const page = classifyAliexpressUrl(url);
    const pair = page && readers[page.kind];
    if (!page || !pair) return null;
    return readSafely({ marketplace: 'aliexpress', kind: page.kind }, url, doc, () => pair[page.legacy ? 1 : 0](url, doc, now));
  };
}
