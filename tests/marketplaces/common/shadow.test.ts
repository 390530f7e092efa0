import { describe, expect, it } from 'vitest';
import { deepFirstMatch, deepParent, deepQuerySelector, deepQuerySelectorAll, deepText, deepTextAt } from '../../../src/marketplaces/common/shadow';

/** A host element with an open (or closed) shadow root holding `inner`; built by DOM calls, no markup parsing into a live page. */
function host(doc: Document, tag: string, inner: (root: ShadowRoot) => void, mode: ShadowRootMode = 'open'): HTMLElement {
  const el = doc.createElement(tag);
  inner(el.attachShadow({ mode }));
  return el;
}

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function page(): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const item = host(doc, 'order-item', (root) => {
    root.append(
      el(doc, 'span', { class: 'order-id' }, '订单号：3900000000000000101'),
      host(doc, 'order-item-status', (r) => r.append(el(doc, 'div', { class: 'order-status' }, '等待买家付款'))),
      host(doc, 'order-item-total-price', (r) => r.append(el(doc, 'div', { class: 'total-price' }, el(doc, 'span', {}, '¥'), el(doc, 'span', {}, '1'), el(doc, 'span', {}, '2'), el(doc, 'span', {}, '.50')))),
    );
  });
  item.append(el(doc, 'span', { class: 'order-id light' }, 'light child, not slotted'));
  const button = host(doc, 'q-button', (root) => root.append(el(doc, 'button', {}, el(doc, 'slot'))));
  button.append('付款');
  const named = host(doc, 'q-card', (root) => root.append(el(doc, 'div', {}, el(doc, 'slot', { name: 'title' }, '(no title)'), ' · ', el(doc, 'slot', {}, '(empty)'))));
  named.append(el(doc, 'b', { slot: 'title' }, '标题'));
  const closed = host(doc, 'secret-box', (root) => root.append(el(doc, 'div', { class: 'order-status' }, 'hidden')), 'closed');
  doc.body.append(el(doc, 'div', { class: 'order-status' }, 'light status'), item, button, named, closed);
  return doc;
}

describe('walking open shadow roots', () => {
  it('finds elements inside nested open roots, host content before light children, never inside closed roots', () => {
    const doc = page();
    expect(doc.querySelectorAll('.order-status')).toHaveLength(1);
    expect(deepQuerySelectorAll(doc, '.order-status').map((e) => e.textContent)).toEqual(['light status', '等待买家付款']);
    expect(deepQuerySelectorAll(doc, '.order-id').map((e) => e.textContent)).toEqual(['订单号：3900000000000000101', 'light child, not slotted']);
    expect(deepQuerySelector(doc, 'secret-box')?.tagName).toBe('SECRET-BOX');
  });

  it('searches a host\'s own shadow root when the host is the scope', () => {
    const item = page().querySelector('order-item')!;
    expect(item.querySelector('.total-price')).toBeNull();
    expect(deepTextAt(item, '.total-price')).toBe('¥12.50');
    expect(deepFirstMatch(item, ['.nothing', '.order-status'])?.textContent).toBe('等待买家付款');
    expect(deepFirstMatch(item, ['.nothing'])).toBeNull();
  });

  it('reads text as drawn: shadow content, slotted children in their slots, fallback for empty slots', () => {
    const doc = page();
    expect(deepText(doc.querySelector('q-button'))).toBe('付款');
    expect(deepText(doc.querySelector('q-card'))).toBe('标题 · (empty)');
    // The unslotted light child is not drawn, so it is not read.
    expect(deepText(doc.querySelector('order-item'))).toBe('订单号：3900000000000000101等待买家付款¥12.50');
    expect(deepText(doc.querySelector('secret-box'))).toBe('');
    expect(deepText(null)).toBe('');
    expect(deepTextAt(doc, '.nothing')).toBeNull();
  });

  it('climbs out of a shadow root to its host', () => {
    const doc = page();
    const [status, inner] = deepQuerySelectorAll(doc, '.order-status') as [Element, Element];
    expect(deepParent(status)).toBe(doc.body);
    expect(deepParent(inner)?.tagName).toBe('ORDER-ITEM-STATUS');
    expect(deepParent(deepParent(inner)!)?.tagName).toBe('ORDER-ITEM');
    expect(deepParent(doc.documentElement)).toBeNull();
  });

  it('stops at the limit', () => {
    expect(deepQuerySelectorAll(page(), '*', 3)).toHaveLength(3);
  });
});
