import { describe, expect, it } from 'vitest';
import { findLabelled, labelMap } from '../../../src/marketplaces/common/labels';

const body = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const LABELS = labelMap([['Order placed on:', 'placed'], ['Paid on', 'paid'], ['Завершён', 'done'], ['Refund if no delivery before', 'refund']] as const);

describe('findLabelled', () => {
  it('reads a value in the same text node as its label', () => {
    expect(findLabelled(body('<div>Order placed on: Nov 10, 2026 09:12</div>'), LABELS)).toEqual([
      { key: 'placed', value: 'Nov 10, 2026 09:12', line: 'Order placed on: Nov 10, 2026 09:12' },
    ]);
  });

  it('reads a value in a sibling element, from the smallest element holding both', () => {
    const root = body(`<section><h2>Order info</h2>
      <div><span>Order placed on:</span> <span>Nov 10, 2026 09:12</span></div>
      <div><span>Paid on:</span><span>Nov 10, 2026 09:15</span></div></section>`);
    expect(findLabelled(root, LABELS).map(({ key, value }) => [key, value])).toEqual([
      ['placed', 'Nov 10, 2026 09:12'],
      ['paid', 'Nov 10, 2026 09:15'],
    ]);
  });

  it('needs the colon, so a status word that is also a label is not read as one', () => {
    expect(findLabelled(body('<div><b>Paid on</b> <i>Nov 10, 2026</i></div>'), LABELS)).toEqual([]);
  });

  it('takes the colon as optional when asked (phrases that run into their value)', () => {
    const root = body('<p>Refund if no delivery before Dec 28, 2026</p>');
    expect(findLabelled(root, LABELS, 'optional')).toEqual([
      { key: 'refund', value: 'Dec 28, 2026', line: 'Refund if no delivery before Dec 28, 2026' },
    ]);
  });

  it('matches labels whatever their case and ё, and never inside a longer word', () => {
    const root = body('<p>ЗАВЕРШЁН: 30 окт. 2026 г.</p><p>Завершено: 1 окт. 2026 г.</p><p>Paid online: Nov 1, 2026</p>');
    expect(findLabelled(root, LABELS).map(({ key, value }) => [key, value])).toEqual([['done', '30 окт. 2026 г.']]);
  });

  it('takes the longest label that fits where a shorter one fits too, and another when the longer needs a colon it lacks', () => {
    const labels = labelMap([['Order', 'short'], ['Order ID', 'id']] as const);
    expect(findLabelled(body('<p>Order ID: 8190000000000417</p>'), labels)).toEqual([
      { key: 'id', value: '8190000000000417', line: 'Order ID: 8190000000000417' },
    ]);
    // Neither label: "Order ID" runs on into a letter, and "Order" is followed by no colon.
    expect(findLabelled(body('<p>Order IDs: 1, 2</p>'), labels)).toEqual([]);
    expect(findLabelled(body('<p>Order: 42</p>'), labels)).toEqual([{ key: 'short', value: '42', line: 'Order: 42' }]);
  });

  it('gives up on a label whose value is nowhere near it', () => {
    const filler = '<p>' + 'lorem ipsum '.repeat(40) + '</p>';
    expect(findLabelled(body(`<div><div><span>Paid on:</span></div>${filler}</div>`), LABELS)).toEqual([]);
  });

  it('ignores labels inside scripts', () => {
    expect(findLabelled(body('<script>"Paid on: Nov 1, 2026"</script>'), LABELS)).toEqual([]);
  });
});
