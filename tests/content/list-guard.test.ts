// The guard on a list page: 1688's list puts 确认收货 beside every order. In the row of the order with a
// refund open (seen on its refund page first) the click is held and asked about; in other rows it is not.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chips } from '../../src/content/chips';
import { ListGuard } from '../../src/content/list-guard';
import { isOurHost } from '../../src/content/shadow-host';
import { trustedClick } from '../support/trusted';
import type { ClickHook } from '../../src/content/guard-hook';
import { mergeSnapshot } from '../../src/background/merge';
import { toView } from '../../src/background/router';
import { translateFrom } from '../../src/lib/i18n';
import { readPage } from '../../src/marketplaces';
import { deepQuerySelectorAll } from '../../src/marketplaces/common/shadow';
import { loadFixture } from '../marketplaces/load-fixture';
import { loadShadowFixture } from '../marketplaces/alibaba1688/load-shadow-fixture';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const NOW = new Date('2026-11-22T04:00:00Z');
const AT = '2026-11-22T04:00:00+00:00';
const LIST = 'https://trade.1688.com/order/buyer_order_list.htm';
const REFUND = 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701';

/** The list as the worker answers it: order 104's refund was read on its refund page first. */
function listed() {
  const doc = loadShadowFixture('1688/list.html');
  const refund = readPage(REFUND, loadFixture('1688/refund-requested.html'), NOW)!.orders[0]!;
  const known = mergeSnapshot(null, refund, AT, 'refund');
  const views = readPage(LIST, doc, NOW)!.orders.map((o) =>
    toView(mergeSnapshot(o.orderId === refund.orderId ? known : null, o, AT, 'order-list'), NOW));
  return { doc, views };
}

/** A row of the list: each order-item draws its row inside its own shadow root. */
const rowOf = (doc: Document, orderId: string) =>
  deepQuerySelectorAll(doc, 'order-item').map((i) => i.shadowRoot!).find((r) => r.textContent!.includes(orderId))!;

function confirmIn(doc: Document, orderId: string): Element {
  return [...rowOf(doc, orderId).querySelectorAll('q-button')].find((b) => b.textContent?.trim() === '确认收货')!;
}

/** The fixture's refunding row offers only 查看退款; here it shows 确认收货 too, the case the guard is for. */
function offerConfirm(doc: Document, orderId: string): void {
  const button = doc.createElement('q-button');
  button.textContent = '确认收货';
  rowOf(doc, orderId).querySelector('.order-item-actions')!.prepend(button);
}

/** Our hosts' shadow roots are closed outside e2e builds: keep each as it is attached. */
function keepRoots(): (host: Element | null) => ShadowRoot | null {
  const roots = new Map<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => (host && roots.get(host)) ?? null;
}

function setup() {
  const rootOf = keepRoots();
  const { doc, views } = listed();
  offerConfirm(doc, '3900000000000000104');
  const chips = new Chips(doc, t, () => NOW.getTime());
  let hook: ClickHook | null = null;
  doc.addEventListener('click', (event) => hook?.(event), { capture: true });
  const guard = new ListGuard(doc, t, (next) => void (hook = next), (button) => chips.ownerOf(button));
  chips.show(views);
  guard.update(views);
  const heard: string[] = [];
  for (const id of ['3900000000000000103', '3900000000000000104']) confirmIn(doc, id).addEventListener('click', () => heard.push(id));
  const box = () => rootOf([...doc.body.children].find((el) => isOurHost(el)) ?? null);
  const dialog = () => box()?.querySelector('[role="alertdialog"]') ?? null;
  const answer = (which: string) => trustedClick(box()!.querySelector<HTMLButtonElement>(which)!);
  return { doc, views, chips, guard, heard, box, dialog, answer, hookSet: () => hook !== null };
}

afterEach(() => vi.restoreAllMocks());

describe('the guard on a 1688 list', () => {
  it('knows which order a row\'s button belongs to', () => {
    const { doc, chips } = setup();
    expect(chips.ownerOf(confirmIn(doc, '3900000000000000104'))?.orderId).toBe('3900000000000000104');
    expect(chips.ownerOf(confirmIn(doc, '3900000000000000103'))?.orderId).toBe('3900000000000000103');
    // Outside every row: no one order's.
    expect(chips.ownerOf(doc.body)).toBeNull();
  });

  it('holds 确认收货 in the refunding order\'s row until the buyer agrees, and leaves the other rows alone', () => {
    const { doc, views, heard, box, dialog, answer } = setup();
    expect(views.find((v) => v.orderId === '3900000000000000104')?.guard?.reason).toBe('refund-open');
    (confirmIn(doc, '3900000000000000103') as HTMLElement).click();
    expect(heard).toEqual(['3900000000000000103']);
    expect(dialog()).toBeNull();

    const refunding = confirmIn(doc, '3900000000000000104') as HTMLElement;
    refunding.click();
    expect(heard).toEqual(['3900000000000000103']);
    expect(dialog()?.textContent).toContain('Confirming receipt pays the seller.');
    answer('.guard-keep');
    expect(dialog()).toBeNull();
    refunding.click();
    expect(heard).toEqual(['3900000000000000103']);

    answer('.guard-proceed');
    expect(box()!.querySelector('.root')!.textContent).toBe('Press “确认收货” again to go ahead.');
    refunding.click();
    expect(heard).toEqual(['3900000000000000103', '3900000000000000104']);
    expect([...doc.body.children].some((el) => isOurHost(el))).toBe(false);
  });

  it('takes no answer from a script: an untrusted click on "let me press it" lets nothing through', () => {
    const { doc, heard, dialog, box } = setup();
    const refunding = confirmIn(doc, '3900000000000000104') as HTMLElement;
    refunding.click();
    box()!.querySelector<HTMLButtonElement>('.guard-proceed')!.click();
    box()!.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).not.toBeNull();
    refunding.click();
    expect(heard).toEqual([]);
  });

  it('still holds a row whose chip the page took away, and puts the chip back', async () => {
    const { doc, heard, dialog, chips } = setup();
    const chip = () => [...rowOf(doc, '3900000000000000104').querySelectorAll('*')].find((el) => isOurHost(el));
    chip()!.remove();
    expect(chips.ownerOf(confirmIn(doc, '3900000000000000104'))?.orderId).toBe('3900000000000000104');
    (confirmIn(doc, '3900000000000000104') as HTMLElement).click();
    expect(heard).toEqual([]);
    expect(dialog()).not.toBeNull();
    await new Promise((done) => setTimeout(done, 0));
    expect(chip()).toBeDefined();
  });

  it('holds a button the page marked with the attribute our hosts once carried', () => {
    const { doc, heard, dialog } = setup();
    const refunding = confirmIn(doc, '3900000000000000104') as HTMLElement;
    refunding.setAttribute('data-buyer-clock', 'chip');
    refunding.click();
    expect(heard).toEqual([]);
    expect(dialog()).not.toBeNull();
  });

  it('asks through the browser\'s own confirm() when its dialog cannot be drawn', () => {
    const { doc, heard, dialog } = setup();
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(() => { throw new DOMException('taken', 'NotSupportedError'); });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    Object.defineProperty(doc.defaultView!, 'confirm', { value: confirm, configurable: true });
    const refunding = confirmIn(doc, '3900000000000000104') as HTMLElement;
    refunding.click();
    expect(confirm).toHaveBeenCalledWith(t('guard_ask_confirm'));
    expect(heard).toEqual([]);
    refunding.click();
    expect(heard).toEqual(['3900000000000000104']);
    expect(dialog()).toBeNull();
  });

  it('stands down when no order on the list is under guard, and when the view goes', () => {
    const { doc, views, guard, heard, dialog, hookSet } = setup();
    guard.update(views.map((v) => ({ ...v, guard: null })));
    (confirmIn(doc, '3900000000000000104') as HTMLElement).click();
    expect(heard).toEqual(['3900000000000000104']);
    expect(dialog()).toBeNull();
    guard.destroy();
    expect(hookSet()).toBe(false);
  });
});
