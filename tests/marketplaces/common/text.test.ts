import { describe, expect, it } from 'vitest';
import { commonAncestor, firstMatch, normalise, textAt, textKey, textOf, visibleText } from '../../../src/marketplaces/common/text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('normalise and textKey', () => {
  it.each([
    ['  Awaiting\n\t delivery  ', 'Awaiting delivery'],
    ['US\u00a0$\u202f26.70', 'US $ 26.70'],
    ['Order\u200b ID:\u2009 1', 'Order ID: 1'],
    ['', ''],
  ])('normalise(%j) → %j', (raw, text) => {
    expect(normalise(raw)).toBe(text);
  });

  it.each([
    ['Order placed on:', 'order placed on'],
    ['Paid on :', 'paid on'],
    ['Завершён', 'завершен'],
    ['ЁЛКА', 'елка'],
    ['Ref. Number', 'ref. number'],
    ['N.º de pedido.', 'n.º de pedido'],
  ])('textKey(%j) → %j', (raw, key) => {
    expect(textKey(raw)).toBe(key);
  });
});

describe('element text', () => {
  const doc = parse(`<body><div class="a"> Total: <span>US $</span><span>2</span><span>6</span> </div>
    <div class="empty">  </div><script>var secret = "Please slide to verify";</script><style>.x{}</style>
    <div class="b"><p class="c">one</p><p class="d">two</p></div></body>`);

  it('reads textContent across split spans, whitespace-normalised', () => {
    expect(textAt(doc, '.a')).toBe('Total: US $26');
    expect(textOf(doc.querySelector('.b'))).toBe('onetwo');
  });

  it('gives null for a missing or empty element', () => {
    expect(textAt(doc, '.missing')).toBeNull();
    expect(textAt(doc, '.empty')).toBeNull();
    expect(textOf(null)).toBe('');
  });

  it('leaves script and style text out of the visible text', () => {
    expect(visibleText(doc.body)).toBe('Total: US $ 2 6 one two');
  });

  it('finds the first selector that matches and the deepest common ancestor', () => {
    expect(firstMatch(doc, ['.none', '.d', '.c'])?.className).toBe('d');
    const c = doc.querySelector('.c');
    const d = doc.querySelector('.d');
    expect(c && d && commonAncestor(c, d)?.className).toBe('b');
  });
});
