// Where the buyer put the sidebar, remembered per site through the worker: the site is the sending
// tab's, never one the message names, and what is kept stays bounded by the sites we know.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import type { Sender } from '../../src/background/sender';
import { ITEMS, upgrade } from '../../src/lib/storage';
import { siteOf } from '../../src/lib/sites';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const ID = 'buyer-clock-test-id';
const ORIGIN = 'chrome-extension://buyer-clock-test-id/';
const AE = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
const TB = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105';
const TB_LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const tab = (url: string): Sender => ({ id: ID, url, frameId: 0, tab: { id: 7, url } });

function setup(theme?: 'page' | 'light' | 'dark') {
  const area = memoryArea();
  const logs: string[] = [];
  const now = () => new Date('2026-11-20T00:00:00Z');
  const store = createStore(area, now);
  const route = createRouter({
    store, runtimeId: ID, extensionOrigin: ORIGIN, now, log: (m) => logs.push(m), ...(theme ? { theme: async () => theme } : {}),
  });
  const ui = async (url: string) => {
    const page = url.includes('aliexpress') ? reading([snapshot()]) : reading([], { marketplace: 'taobao', url });
    return ((await route({ type: 'page-read', reading: page }, tab(url))) as { ui: Record<string, unknown> }).ui;
  };
  return { area, logs, route, ui };
}

describe('the sidebar\'s side, per site', () => {
  it('is kept for the sending tab\'s site and answered with the next reading there, not on another site', async () => {
    const { route, ui } = setup();
    expect(await ui(AE)).toEqual({ sidebarCollapsed: false });
    expect(await route({ type: 'set-side', side: 'left' }, tab(TB))).toEqual({ ok: true });
    expect((await ui(TB)).side).toBe('left');
    // Every page of the site agrees: its list page too.
    expect((await ui(TB_LIST)).side).toBe('left');
    expect((await ui(AE)).side).toBeUndefined();
    await route({ type: 'set-side', side: 'right' }, tab(TB));
    expect((await ui(TB)).side).toBe('right');
  });

  it('keeps it for the sending tab\'s site even when the message names another', async () => {
    const { area, route } = setup();
    await route({ type: 'set-side', side: 'left', site: 'tmall.com' }, tab(AE));
    expect(area.data.ui).toMatchObject({ sides: { 'aliexpress.com': 'left' } });
  });

  it('keeps the hidden orders and the other sites\' sides when one site\'s side changes', async () => {
    const { area, route } = setup();
    await route({ type: 'set-ui', sidebarCollapsed: true, key: 'order:aliexpress:8190000000000417' }, tab(AE));
    await route({ type: 'set-side', side: 'left' }, tab(AE));
    await route({ type: 'set-side', side: 'left' }, tab(TB));
    expect(area.data.ui).toEqual({
      schema: 1, sidebarCollapsed: false, hidden: ['order:aliexpress:8190000000000417'], sides: { 'aliexpress.com': 'left', 'taobao.com': 'left' },
    });
  });

  const forged: [string, unknown, Sender][] = [
    ['a side that is not left or right', { type: 'set-side', side: 'middle' }, tab(AE)],
    ['another extension', { type: 'set-side', side: 'left' }, { ...tab(AE), id: 'someone-else' }],
    ['a tab on an unsupported host', { type: 'set-side', side: 'left' }, tab('https://evil.example/p/order/detail.html')],
    ['a frame inside a supported page', { type: 'set-side', side: 'left' }, { ...tab(AE), frameId: 3 }],
    ['an extension page (no tab)', { type: 'set-side', side: 'left' }, { id: ID, url: `${ORIGIN}src/popup/index.html` }],
    ['plain http', { type: 'set-side', side: 'left' }, tab(AE.replace('https:', 'http:'))],
  ];

  it.each(forged)('drops %s, logs it and keeps nothing', (_name, message, sender) => {
    const { area, logs, route } = setup();
    expect(route(message, sender)).toBeUndefined();
    expect(area.data).toEqual({});
    expect(logs).toHaveLength(1);
  });

  it('reads a stored record with an unknown site or side as no record at all (bounded by the known sites)', () => {
    const base = { schema: 1, sidebarCollapsed: false };
    expect(upgrade(ITEMS.ui, { ...base, sides: { 'taobao.com': 'left', 'tmall.com': 'right' } })).toEqual({
      ...base, sides: { 'taobao.com': 'left', 'tmall.com': 'right' },
    });
    expect(upgrade(ITEMS.ui, { ...base, sides: { 'evil.example': 'left' } })).toBeNull();
    expect(upgrade(ITEMS.ui, { ...base, sides: { 'taobao.com': 'up' } })).toBeNull();
  });

  it('names the site of every host we read pages on, and no other', () => {
    expect(siteOf('trade.taobao.com')).toBe('taobao.com');
    expect(siteOf('refund2.taobao.com')).toBe('taobao.com');
    expect(siteOf('trade.tmall.com')).toBe('tmall.com');
    expect(siteOf('dispute.1688.com')).toBe('1688.com');
    expect(siteOf('WWW.AliExpress.com')).toBe('aliexpress.com');
    expect(siteOf('aliexpress.ru')).toBe('aliexpress.ru');
    expect(siteOf('nottaobao.com')).toBeNull();
    expect(siteOf('taobao.com.evil.example')).toBeNull();
  });
});

describe('the colours chosen in the options', () => {
  it('go to the page with every reading\'s answer', async () => {
    expect((await setup('dark').ui(AE)).theme).toBe('dark');
    expect((await setup('page').ui(AE)).theme).toBe('page');
  });
});
