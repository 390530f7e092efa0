import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorsFor, Chips } from '../../src/content/chips';
import { createShadowHost, isOurHost } from '../../src/content/shadow-host';
import { ourHosts } from '../support/trusted';
import { translateFrom } from '../../src/lib/i18n';
import type { OrderView } from '../../src/lib/messages';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const NOW = Date.parse('2026-11-20T00:00:00Z');

function order(orderId: string, endsAt = '2026-11-22T00:00:00Z'): OrderView {
  return {
    key: `order:aliexpress:${orderId}`, marketplace: 'aliexpress', orderId, stage: 'awaiting-payment', statusText: 'Awaiting payment',
    assessment: {
      stage: 'awaiting-payment',
      timers: [{ clock: 'payment', ruleId: 'ae-payment', actor: 'buyer', endsAt, from: 'rule', onExpiry: 'order-closes', confidence: 'seed' }],
      next: null,
    },
    rules: {}, buyer: { problem: false, evidence: [] }, guard: null, refundOpen: false,
  } as unknown as OrderView;
}

function list(ids: string[]): void {
  document.body.replaceChildren(...ids.map((id) => {
    const item = document.createElement('div');
    item.className = 'order';
    const label = document.createElement('span');
    label.textContent = `Order ID: ${id}`;
    item.append(label, document.createElement('b'));
    return item;
  }));
}

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('anchorsFor', () => {
  it('finds where each order id is printed, in open shadow roots too, and a link as a last resort', () => {
    list(['1001', '1002']);
    const host = document.createElement('order-item');
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('em'), { textContent: 'No. 1003' }));
    const link = Object.assign(document.createElement('a'), { href: 'https://example.com/detail?orderId=1004', textContent: 'details' });
    document.body.append(host, link);
    const found = anchorsFor(document, ['1001', '1002', '1003', '1004', '1005']);
    expect(found.get('1001')?.textContent).toBe('Order ID: 1001');
    expect(found.get('1002')?.textContent).toBe('Order ID: 1002');
    expect(found.get('1003')?.tagName).toBe('EM');
    expect(found.get('1004')).toBe(link);
    expect(found.has('1005')).toBe(false);
  });

  it('skips text inside our own hosts', () => {
    const ours = createShadowHost(document, 'chip');
    ours.host.textContent = '1001';
    document.body.append(ours.host);
    list(['1001']);
    document.body.prepend(ours.host);
    expect(anchorsFor(document, ['1001']).get('1001')?.textContent).toBe('Order ID: 1001');
  });
});

describe('Chips', () => {
  it('puts one chip after each order id, keeps it on the next reading, and takes it down with its order', () => {
    list(['1001', '1002']);
    const chips = new Chips(document, t, () => NOW);
    chips.show([order('1001'), order('1002')]);
    chips.show([order('1001'), order('1002')]);
    const hosts = ourHosts(document, isOurHost);
    expect(hosts).toHaveLength(2);
    expect(hosts[0]?.previousElementSibling?.textContent).toBe('Order ID: 1001');
    chips.show([order('1002')]);
    expect(ourHosts(document, isOurHost)).toHaveLength(1);
    chips.clear();
    expect(ourHosts(document, isOurHost)).toHaveLength(0);
  });

  it('says who acts and how long is left, and counts down while the page is visible', () => {
    vi.useFakeTimers();
    list(['1001']);
    let now = NOW;
    const chips = new Chips(document, t, () => now);
    const { container } = createShadowHostSpy();
    const endsAt = '2026-11-20T02:00:00Z';
    chips.show([order('1001', endsAt)]);
    const text = () => container()?.textContent;
    expect(text()).toBe('2 hr 0 min to pay');
    expect(container()?.querySelector('.chip')?.getAttribute('aria-label')).toMatch(/^Buyer Clock: You have .* left to pay/);
    now += 3_600_000;
    vi.advanceTimersByTime(30_000);
    expect(text()).toBe('1 hr 0 min to pay');
    now += 2 * 3_600_000;
    vi.advanceTimersByTime(30_000);
    expect(text()).toBe('overdue · You act');
    expect(container()?.querySelector('.chip')?.className).toBe('chip actor-buyer overdue');
    chips.clear();
  });
});

/** The chip's shadow root is closed outside e2e builds: reach it through attachShadow. */
function createShadowHostSpy(): { container: () => Element | null } {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return { container: () => roots[0]?.querySelector('.root') ?? null };
}

describe('Chips.region', () => {
  it('is the smallest subtree holding every chip, across shadow roots', () => {
    const list = document.createElement('div');
    const items = ['1001', '1002'].map((id) => {
      const item = document.createElement('order-item');
      const root = item.attachShadow({ mode: 'open' });
      root.append(Object.assign(document.createElement('span'), { textContent: `Order ${id}` }));
      return item;
    });
    list.append(...items);
    document.body.append(document.createElement('header'), list);
    const chips = new Chips(document, t, () => NOW);
    chips.show([order('1001')]);
    expect(chips.region()).toBeNull();
    chips.show([order('1001'), order('1002')]);
    expect(chips.region()).toBe(list);
    expect(chips.placed('1002')).toBe(true);
    list.remove();
    expect(chips.region()).toBeNull();
    chips.clear();
  });

  it('answers for every remembered order: a faint chip where no clock is known, or the order is finished', () => {
    vi.restoreAllMocks();
    list(['1001', '1002']);
    const chips = new Chips(document, t, () => NOW);
    const { container } = createShadowHostSpy();
    const none = { ...order('1001'), assessment: { stage: 'shipped', timers: [], next: null }, stage: 'shipped' } as OrderView;
    chips.show([none]);
    expect(container()?.querySelector('.chip.quiet')?.textContent).toBe('open to check');
    chips.show([{ ...none, stage: 'completed' } as OrderView]);
    expect(container()?.querySelector('.chip.quiet')?.textContent).toBe('finished');
    // The page says the clock is paused (a refund open): the chip says so, not "open to check".
    const paused = { clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', onExpiry: 'receipt-confirmed', text: '收货确认时间暂停计时' } as const;
    chips.show([{ ...none, stage: 'refund-requested', assessment: { ...none.assessment, paused: [paused] } } as OrderView]);
    expect(container()?.querySelector('.chip.quiet')?.textContent).toBe('paused (refund open)');
    chips.clear();
  });
});
