import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/watch';
import { createShadowHost } from '../../src/content/shadow-host';

afterEach(() => vi.useRealTimers());
const flush = () => new Promise((done) => queueMicrotask(() => done(undefined)));

describe('watchPage', () => {
  it('calls back once a burst of page changes settles, and not for our own elements', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange);
    const ours = createShadowHost(document, 'chip');
    document.body.append(ours.host);
    await flush();
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('div'));
    await flush();
    vi.advanceTimersByTime(399);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledOnce();
    stop();
    ours.host.remove();
  });

  it('still re-reads a page that never stops changing, every two seconds at most', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange);
    for (let ms = 0; ms < 4000; ms += 100) {
      document.body.append(document.createElement('i'));
      await flush();
      vi.advanceTimersByTime(100);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('sees changes inside open shadow roots found when things settle', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const host = document.createElement('order-list');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const stop = watchPage(document, onChange);
    root.append(document.createElement('order-item'));
    await flush();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledOnce();
    stop();
  });
});

describe('watchPage on a busy page, once the view knows where the orders are', () => {
  function page() {
    const list = document.createElement('ul');
    const orders = [1, 2, 3].map((i) => {
      const item = document.createElement('li');
      const status = document.createElement('span');
      status.textContent = 'Awaiting delivery';
      item.append(`Order 81900000000000${i}`, status);
      return { item, status };
    });
    list.append(...orders.map((o) => o.item));
    const bar = document.createElement('div');
    const ticker = document.createTextNode('0');
    const slot = document.createElement('div');
    bar.append(ticker, slot);
    document.body.replaceChildren(bar, list);
    return { list, orders, bar, ticker, slot };
  }

  it('re-reads once for one order changed amid a thousand changes elsewhere', async () => {
    vi.useFakeTimers();
    const { list, orders, bar, ticker, slot } = page();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange, () => list);
    for (let ms = 0; ms < 6000; ms += 10) {
      ticker.data = String(ms);
      if (slot.firstChild) slot.firstChild.remove();
      else slot.append(document.createElement('span'));
      if (ms === 3000) orders[1]!.status.textContent = 'Completed';
      await flush();
      vi.advanceTimersByTime(10);
    }
    bar.remove();
    await flush();
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledOnce();
    stop();
  });

  it('still counts what could be a new order anywhere, and the orders going away', async () => {
    vi.useFakeTimers();
    const { list, bar } = page();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange, () => (list.isConnected ? list : null));
    const more = document.createElement('section');
    more.textContent = 'Order 8190000000000099 Awaiting payment';
    bar.after(more);
    await flush();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledTimes(1);
    list.remove();
    await flush();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('watches open shadow roots the page adds later, and what changes inside them', async () => {
    vi.useFakeTimers();
    const { list } = page();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange, () => list);
    const item = document.createElement('order-item');
    const root = item.attachShadow({ mode: 'open' });
    list.append(item);
    await flush();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledTimes(1);
    root.append(document.createElement('span'));
    await flush();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('counts a change mixing our element with the page\'s own', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange);
    const ours = createShadowHost(document, 'chip');
    const frag = document.createDocumentFragment();
    frag.append(ours.host, document.createElement('p'));
    document.body.append(frag);
    await flush();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledOnce();
    stop();
  });
});
