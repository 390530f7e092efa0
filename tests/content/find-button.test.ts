import { describe, expect, it } from 'vitest';
import { findButton } from '../../src/content/find-button';
import { createShadowHost } from '../../src/content/shadow-host';
import { safeOrderLink } from '../../src/lib/links';
import { fingerprint } from '../../src/content/fingerprint';
import { reading, snapshot } from '../support/snapshots';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const parser = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.replaceWith(doc.importNode(parser.body, true));
  return doc;
}

describe('findButton', () => {
  it('finds the page\'s button by any of its labels, ignoring case and spacing', () => {
    const doc = page('<button id="a">Track order</button><button id="b">  Potwierdź   odbiór </button>');
    expect(findButton(doc, ['Confirm received', 'potwierdź odbiór'])?.id).toBe('b');
  });

  it('prefers an exact label to one that only starts with it', () => {
    const doc = page('<a id="long" href="#">Pay now and save</a><button id="exact">Pay now</button>');
    expect(findButton(doc, ['Pay now'])?.id).toBe('exact');
  });

  it('reads input buttons by their value and never returns our own elements', () => {
    const doc = page('<input id="i" type="submit" value="Open dispute">');
    const host = createShadowHost(doc, 'sidebar');
    const ours = doc.createElement('button');
    ours.textContent = 'Open dispute';
    host.host.append(ours);
    doc.body.prepend(host.host);
    expect(findButton(doc, ['Open dispute'])?.id).toBe('i');
  });

  it('returns null when no button carries the label', () => {
    expect(findButton(page('<button>Write a review</button>'), ['Pay now'])).toBeNull();
  });
});

describe('safeOrderLink', () => {
  it.each([
    ['https://www.aliexpress.com/p/order/detail.html?orderId=1', 'https://www.aliexpress.com/p/order/detail.html?orderId=1'],
    ['https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=1', 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=1'],
    ['https://www.xiaohongshu.com/order/1', 'https://www.xiaohongshu.com/order/1'],
    ['https://xhslink.com/a/Ab1', null],
    ['https://www.kuaishou.com/order/1', 'https://www.kuaishou.com/order/1'],
    ['https://kuaishou.com.evil.example/order/1', null],
    // eslint-disable-next-line no-script-url -- the hostile link under test
    ['javascript:alert(1)', null],
    ['http://www.aliexpress.com/p/order/index.html', null],
    ['https://aliexpress.com.evil.example/p/order/index.html', null],
    ['https://evil.example/?https://www.aliexpress.com/', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (href, expected) => {
    expect(safeOrderLink(href)).toBe(expected);
  });
});

describe('fingerprint', () => {
  const clock = (endsAt: string) => reading([snapshot({ pageClocks: [{ clock: 'protection', endsAt, text: 'Buyer protection' }] })]);
  it('ignores a countdown that moved by seconds, notices one that moved by an hour', () => {
    expect(fingerprint(clock('2026-12-01T10:00:01-08:00'))).toBe(fingerprint(clock('2026-12-01T10:00:03-08:00')));
    expect(fingerprint(clock('2026-12-01T10:00:01-08:00'))).not.toBe(fingerprint(clock('2026-12-01T11:00:01-08:00')));
  });
  it('notices a changed stage', () => {
    expect(fingerprint(reading([snapshot()]))).not.toBe(fingerprint(reading([snapshot({ stage: 'closed' })])));
  });
});
