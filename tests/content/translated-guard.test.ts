// A Taobao order page read through Chrome's translation with a refund open: the reader still reads the
// refund from the page's inline data, and the guard and "Show me" still find the confirm-receipt button
// though it now reads "Confirm receipt" inside <font> pairs.
import { describe, expect, it, vi } from 'vitest';
import { ClickGuard } from '../../src/content/click-guard';
import { findButton } from '../../src/content/find-button';
import { readPage } from '../../src/marketplaces';
import { guardFor } from '../../src/rules/guard';
import { loadFixture } from '../marketplaces/load-fixture';

const URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106';
const NOW = new Date('2026-11-10T04:00:00Z');

describe('a translated Taobao order page with a refund open', () => {
  const translated = loadFixture('taobao/detail-refund-translated.html');
  const reading = readPage(URL, translated, NOW)!;
  const order = reading.orders[0]!;

  it('reads the same order as its untranslated twin', () => {
    const twin = readPage(URL, loadFixture('taobao/detail-refund.html'), NOW)!;
    expect(translated.documentElement.classList.contains('translated-ltr')).toBe(true);
    expect(reading).toEqual(twin);
    expect(order.stage).toBe('refund-requested');
  });

  it('holds the translated "Confirm receipt" and finds it for "Show me"', () => {
    const guard = guardFor(order, false)!;
    expect(guard.confirmLabels).toEqual(expect.arrayContaining(['确认收货', 'Confirm receipt']));
    document.body.replaceChildren(...[...translated.body.childNodes].map((n) => document.importNode(n, true)));
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Confirm receipt')!;
    expect(findButton(document, guard.confirmLabels)).toBe(button);

    const ask = vi.fn();
    const pageHandler = vi.fn();
    button.addEventListener('click', pageHandler);
    const clickGuard = new ClickGuard(ask);
    window.addEventListener('click', clickGuard.handle, { capture: true });
    try {
      clickGuard.set({ confirmLabels: guard.confirmLabels, withdrawLabels: guard.withdrawLabels });
      button.click();
      expect(pageHandler).not.toHaveBeenCalled();
      expect(ask).toHaveBeenCalledWith('confirm', button, 'Confirm receipt');
    } finally {
      window.removeEventListener('click', clickGuard.handle, { capture: true });
      document.body.replaceChildren();
    }
  });
});
