// The AliExpress list as buyers leave it: grown in place by "View orders" (no navigation), and with an
// old order whose yearless promise belongs to the year the order was placed, not to today's.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/marketplaces';
import { loadFixture } from '../load-fixture';

const NOW = new Date('2026-11-22T12:00:00Z');
const LIST = 'https://www.aliexpress.com/p/order/index.html';

/** The list after "View orders": a copy of the last order appended under a new id, as the page does. */
function loadMore(doc: Document, id: string): Element {
  const group = doc.querySelector('.comet-checkbox-group')!;
  const copy = group.lastElementChild!.cloneNode(true) as Element;
  const walker = doc.createTreeWalker(copy, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.textContent = node.textContent!.replace(/8190000000000\d{3}/g, id);
  copy.querySelectorAll('a[href*="orderId="]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(/8190000000000\d{3}/, id)));
  group.append(copy);
  return copy;
}

describe('AliExpress list in the states buyers leave it', () => {
  it('reads the orders "View orders" added in place, and the earlier ones still', () => {
    const doc = loadFixture('aliexpress/list.en.html');
    const before = readPage(LIST, doc, NOW)!.orders.map((o) => o.orderId);
    loadMore(doc, '8190000000000901');
    const after = readPage(LIST, doc, NOW)!.orders.map((o) => o.orderId);
    expect(after).toEqual([...before, '8190000000000901']);
  });

  it('dates a yearless "Refund if no delivery before" on the order\'s own time line', () => {
    const doc = loadFixture('aliexpress/list.en.html');
    const added = loadMore(doc, '8190000000000902');
    const date = [...added.querySelectorAll('div')].find((d) => /^Order date:/.test(d.textContent ?? '') && d.children.length === 0)!;
    date.textContent = 'Order date: Nov 12, 2024';
    const promise = doc.createElement('div');
    promise.textContent = 'Refund if no delivery before Jan 5';
    added.append(promise);
    const order = readPage(LIST, doc, NOW)!.orders.find((o) => o.orderId === '8190000000000902')!;
    expect(order.events.placedAt).toBe('2024-11-12T00:00:00-08:00');
    expect(order.pageClocks).toEqual([{ clock: 'refund-if-not-delivered', endsAt: '2025-01-05T00:00:00-08:00', text: 'Refund if no delivery before Jan 5' }]);
  });
});
