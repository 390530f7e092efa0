import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { probeSidebar } from './sidebar-probe';
import { playwrightTab } from './tab';
import { sidebarReady, taobaoScenarios, TB_SHIPPED_URL } from './taobao-scenarios';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

describe('Chromium, Taobao and Tmall', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

  taobaoScenarios({
    leaks: () => chromium.leaks(),
    open: async () => playwrightTab(await chromium.context.newPage()),
    stored: () => chromium.worker.evaluate(() => chrome.storage.local.get(null)),
    reset: () => chromium.worker.evaluate(() => chrome.storage.local.clear()),
    popup: async () => {
      const page = await chromium.context.newPage();
      await page.goto(`chrome-extension://${chromium.extensionId}/src/popup/index.html`);
      await page.waitForSelector('li[data-order]');
      return playwrightTab(page);
    },
  });
});

// The browser's language, not the page's, is the language the sidebar speaks.
describe.each([
  ['zh-CN', '收起', '依据：页面自带的倒计时 · 确切时间', /你需要在.+内.+——到期后系统自动确认收货，货款打给卖家。/],
  ['pl', 'Zwiń', 'Według: licznik na tej stronie · dokładnie', /Masz jeszcze .+, aby .+ — potem odbiór zostanie potwierdzony automatycznie/],
] as const)('Chromium in %s', (lang, hide, fromPage, sentence) => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome', { lang });
  });
  afterAll(() => chromium?.close());

  it('speaks the browser\'s language on a Taobao order', async () => {
    const tab = playwrightTab(await chromium.context.newPage());
    await tab.goto(TB_SHIPPED_URL);
    await tab.waitFor(sidebarReady);
    await tab.waitFor(() => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelectorAll('[data-clock]').length ?? 0) > 0);
    const sidebar = await tab.run(probeSidebar);
    const hideLabel = await tab.run(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.collapse')?.textContent ?? '');
    expect(hideLabel).toBe(hide);
    expect(sidebar.text).toContain(fromPage);
    expect(sidebar.text).toMatch(sentence);
    await tab.close();
  });
});
