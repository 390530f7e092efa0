// Page code reaches a tab only through the worker: the right marketplace's code, into the top frame of
// the tab that asked, from our own content script on a supported page; anything else is dropped.
import { describe, expect, it } from 'vitest';
import { createPageCodeLoader, type InjectTarget } from '../../src/background/inject';
import { createRouter } from '../../src/background/router';
import type { Sender } from '../../src/background/sender';
import { createStore } from '../../src/background/store';
import { memoryArea } from '../support/memory-area';

const ID = 'buyer-clock-test-id';
const ORIGIN = 'chrome-extension://buyer-clock-test-id/';
const LIST = 'https://www.aliexpress.com/p/order/index.html';
const TMALL = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803';
const tabSender: Sender = { id: ID, url: LIST, frameId: 0, tab: { id: 7, url: LIST } };

function setup(fail = false) {
  const injected: { target: InjectTarget; files: string[] }[] = [];
  const logs: string[] = [];
  const now = () => new Date('2026-11-20T00:00:00Z');
  const loadPageCode = createPageCodeLoader(async (target, files) => {
    if (fail) throw new Error('Frame with ID 0 was removed.');
    injected.push({ target, files });
  }, (m) => logs.push(m));
  const route = createRouter({ store: createStore(memoryArea(), now), runtimeId: ID, extensionOrigin: ORIGIN, now, log: (m) => logs.push(m), loadPageCode });
  return { injected, logs, route };
}

describe('loading page code', () => {
  it('injects the asked file into the top frame of the tab that asked', async () => {
    const { injected, route } = setup();
    expect(await route({ type: 'load-page-code', code: 'aliexpress-list' }, tabSender)).toEqual({ ok: true });
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['content/aliexpress-list.js'] }]);
  });

  it('names the very document that asked where the browser says which it is (Chrome)', async () => {
    const { injected, route } = setup();
    await route({ type: 'load-page-code', code: 'aliexpress-order' }, { ...tabSender, documentId: 'DOC1' });
    expect(injected).toEqual([{ target: { tabId: 7, documentIds: ['DOC1'] }, files: ['content/aliexpress-order.js'] }]);
  });

  it('gives a Tmall page Taobao\'s shared code as well as its own', async () => {
    const { injected, route } = setup();
    const tmall = { ...tabSender, url: TMALL, tab: { id: 8, url: TMALL } };
    await route({ type: 'load-page-code', code: 'tmall-detail' }, tmall);
    await route({ type: 'load-page-code', code: 'taobao-list' }, tmall);
    expect(injected.map((i) => i.files[0])).toEqual(['content/tmall-detail.js', 'content/taobao-list.js']);
  });

  it('answers ok: false when the tab went away meanwhile, and says so in the log', async () => {
    const { logs, route } = setup(true);
    expect(await route({ type: 'load-page-code', code: 'aliexpress-list' }, tabSender)).toEqual({ ok: false });
    expect(logs[0]).toMatch(/could not load aliexpress-list/);
  });

  const forged: [string, unknown, Sender][] = [
    ['a file name of its own', { type: 'load-page-code', code: '../manifest' }, tabSender],
    ['a path instead of a name', { type: 'load-page-code', code: 'content/aliexpress-list.js' }, tabSender],
    ['another marketplace\'s code', { type: 'load-page-code', code: '1688-order' }, tabSender],
    ['a frame inside the page', { type: 'load-page-code', code: 'aliexpress-list' }, { ...tabSender, frameId: 2 }],
    ['a sender that names no frame', { type: 'load-page-code', code: 'aliexpress-list' }, { ...tabSender, frameId: undefined }],
    ['another extension', { type: 'load-page-code', code: 'aliexpress-list' }, { ...tabSender, id: 'someone-else' }],
    ['no tab (an extension page)', { type: 'load-page-code', code: 'aliexpress-list' }, { id: ID, url: `${ORIGIN}src/popup/index.html` }],
    ['a page of a matched host that is no order page', { type: 'load-page-code', code: 'aliexpress-list' }, { ...tabSender, url: 'https://sale.aliexpress.com/' }],
    ['a plain-http page', { type: 'load-page-code', code: 'aliexpress-list' }, { ...tabSender, url: LIST.replace('https:', 'http:') }],
  ];

  it.each(forged)('drops %s and injects nothing', async (_name, message, sender) => {
    const { injected, logs, route } = setup();
    expect(route(message, sender)).toBeUndefined();
    expect(injected).toEqual([]);
    expect(logs[0]).toMatch(/^buyer-clock: dropped a message/);
  });
});
