// The bought-items list, whichever build the buyer gets: the new single-page list when its root is
// there, else the old page's `var data` blob, else the old page's rendered orders.
import type { PageReading } from '../../rules/model';
import { readNewList, readOldListDom } from './read-list-dom';
import { readOldListData } from './read-old-list';

export function readList(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'taobao', kind: 'order-list', url, orders: [], problems };
  const root = doc.getElementById('__ultron_rootContainer_node');
  if (root) reading.orders = readNewList(root, url, now, problems);
  else reading.orders = readOldListData(url, doc, now, problems) ?? readOldListDom(doc, url, now, problems);
  return reading;
}
