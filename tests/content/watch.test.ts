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
