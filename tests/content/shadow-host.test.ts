// Our hosts against a page that knows our extension: it cannot predict, pre-empt or imitate them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost, isOurHost, isOurs } from '../../src/content/shadow-host';
import { createView } from '../../src/content/view-sidebar';
import type { ClickHook } from '../../src/content/guard-hook';
import { translateFrom } from '../../src/lib/i18n';
import type { OrderView, PageReadReply } from '../../src/lib/messages';
import { reading, snapshot } from '../support/snapshots';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll(':scope > div').forEach((el) => el.remove());
  document.body.replaceChildren();
});

describe('our shadow hosts', () => {
  it('are plain elements with no name, mark or attribute a page could look for or define first', () => {
    const constructed = vi.fn();
    for (const role of ['sidebar', 'chip', 'guard']) {
      customElements.define(`buyer-clock-${role}`, class extends HTMLElement {
        constructor() {
          super();
          constructed();
        }
      });
    }
    const sidebar = createShadowHost(document, 'sidebar');
    const chip = createShadowHost(document, 'chip');
    expect([sidebar.host.localName, chip.host.localName]).toEqual(['div', 'span']);
    expect(sidebar.host.getAttributeNames()).toEqual([]);
    expect(sidebar.host.shadowRoot).toBeNull();
    document.body.append(sidebar.host, chip.host);
    expect(constructed).not.toHaveBeenCalled();
  });

  it('are known by identity: an attribute copied from ours makes nothing ours', () => {
    const ours = createShadowHost(document, 'chip');
    const fake = document.createElement('span');
    fake.setAttribute('data-buyer-clock', 'chip');
    const inside = document.createElement('b');
    ours.container.append(inside);
    expect([isOurHost(ours.host), isOurs(inside), isOurHost(fake), isOurs(fake)]).toEqual([true, true, false, false]);
  });
});

describe('the sidebar\'s guard', () => {
  const order = (): OrderView => ({
    key: 'order:aliexpress:1', marketplace: 'aliexpress', orderId: '1', stage: 'refund-requested', statusText: '',
    assessment: { stage: 'refund-requested', timers: [], next: null }, rules: {}, buyer: { problem: false, evidence: [] },
    guard: { reason: 'refund-open', confirmLabels: ['Confirm received'], withdrawLabels: [] }, refundOpen: true,
  });

  it('is armed even when the sidebar cannot be built, and asks through the browser\'s own confirm()', () => {
    const button = document.createElement('button');
    button.textContent = 'Confirm received';
    const heard = vi.fn();
    button.addEventListener('click', heard);
    document.body.append(button);
    let hook: ClickHook | null = null;
    const listener = (event: MouseEvent) => hook?.(event);
    window.addEventListener('click', listener, { capture: true });
    // The page got there first: no root can be attached.
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(() => { throw new DOMException('taken', 'NotSupportedError'); });
    // happy-dom has no confirm(): the browser's own dialog, answered no, then yes.
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    const view = createView({ doc: document, t, locale: 'en', send: async () => undefined, setGuardHook: (next) => void (hook = next) });
    const reply: PageReadReply = { ok: true, orders: [order()], ui: { sidebarCollapsed: false }, strings: null };
    view.show(reading([snapshot({ orderId: '1' })]), reply);
    button.click();
    expect(confirm).toHaveBeenCalledWith(t('guard_ask_confirm'));
    expect(heard).not.toHaveBeenCalled();
    button.click();
    expect(heard).toHaveBeenCalledTimes(1);
    window.removeEventListener('click', listener, { capture: true });
  });
});
