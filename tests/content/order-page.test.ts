// The page code's start and hand-over, as a single-page app moves between kinds of page: one file of page
// code runs at a time; a file injected again does not start twice; the one for the page now shown starts,
// straight away when this world has it already, else asked of the worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPageCode } from '../../src/content/order-page';
import { HOOK_GLOBAL } from '../../src/content/guard-hook';
import type { View } from '../../src/content/view';
import type { PageReading } from '../../src/rules/model';

type Read = (url: string, doc: Document, now: Date) => PageReading | null;

const LIST = 'https://www.aliexpress.com/p/order/index.html';
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
const scope = globalThis as Record<string, unknown>;

function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

let sent: unknown[];
let read: ReturnType<typeof vi.fn<Read>>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  sent = [];
  read = vi.fn<Read>(() => null);
  scope[HOOK_GLOBAL] = vi.fn();
  scope.chrome = {
    runtime: {
      id: 'ours',
      sendMessage: async (message: unknown) => void sent.push(message),
      onMessage: { addListener: () => {}, removeListener: () => {} },
    },
    i18n: { getMessage: () => '' },
  };
});
afterEach(() => {
  vi.useRealTimers();
  for (const key of [HOOK_GLOBAL, 'chrome', '__buyerClockPageCode']) delete scope[key];
});

const view = (): View => ({ show: () => {}, destroy: () => {} });
/** Lets the page code's watcher settle (it waits for the page to be quiet) and its reading run. */
const settle = () => vi.advanceTimersByTimeAsync(3000);

describe('page code', () => {
  it('does nothing without the guard\'s listener from the content script', async () => {
    delete scope[HOOK_GLOBAL];
    setUrl(LIST);
    runPageCode('aliexpress-list', read, view);
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(scope.__buyerClockPageCode).toBeUndefined();
  });

  it('is not stopped by a page element named like its registry', async () => {
    const form = document.createElement('form');
    Object.assign(form, { starts: {}, running: 'aliexpress-order' });
    scope.__buyerClockPageCode = form;
    setUrl(LIST);
    runPageCode('aliexpress-list', read, view);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads the page it was injected for, and a second injection of the same file does not start it again', async () => {
    setUrl(LIST);
    runPageCode('aliexpress-list', read, view);
    runPageCode('aliexpress-list', read, view);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0]?.[0]).toBe(LIST);
  });

  it('on another kind of page steps down and asks the worker for that page\'s code', async () => {
    setUrl(LIST);
    runPageCode('aliexpress-list', read, view);
    await settle();
    setUrl(DETAIL);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(sent).toContainEqual({ type: 'load-page-code', code: 'aliexpress-order' });
    expect(read).toHaveBeenCalledTimes(1);
    // The order page's code arrives and starts; the list's has stepped down and reads no more.
    const readOrder = vi.fn<Read>(() => null);
    runPageCode('aliexpress-order', readOrder, view);
    await settle();
    expect(readOrder).toHaveBeenCalledWith(DETAIL, document, expect.any(Date));
    // And back to the list: the list's code is here already, so nothing is asked of the worker.
    sent = [];
    setUrl(LIST);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(sent).toEqual([]);
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.calls[1]?.[0]).toBe(LIST);
  });
});
