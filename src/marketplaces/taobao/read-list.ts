// The bought-items list, whichever build the buyer gets: the new single-page list when its root is
// there, else the old page. The orders on screen are the truth: the old page's `var data` blob keeps the
// orders it was served with (page 1) after paging, tabs and searches re-render the DOM, so it only
// enriches the on-screen orders it names and never adds one.
import type { PageReading } from '../../rules/model';
import { oldListBoxId, readNewList, readOldListDom } from './read-list-dom';
import { inlineOrders, readInlineOrder } from './read-old-list';

export function readList(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'taobao', kind: 'order-list', url, orders: [], problems };
  const root = doc.getElementById('__ultron_rootContainer_node');
  if (root) {
    reading.orders = readNewList(root, url, now, problems);
    return reading;
  }
  const inline = inlineOrders(doc);
  reading.orders = readOldListDom(doc, url, now, problems, (box, index) => {
    const id = oldListBoxId(box);
    const data = id ? inline?.get(id) : undefined;
    return data === undefined ? undefined : readInlineOrder(data, index, url, now, problems);
  });
  return reading;
}
