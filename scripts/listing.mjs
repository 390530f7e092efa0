// npm run package -- --listing: the stores' listing material in docs/store/, for English, Chinese and
// Polish: the listing text per store (from scripts/listing-text.mjs), screenshots at 1280×800 made in
// real Chromium on the bundled demo pages (the sidebar on an order, chips on a list, the guard's
// question, the popup), a 440×280 promotional tile and the 128 px icon.
// Screenshots use the e2e flavour (its shadow roots are open, so each picture waits until what it shows
// is there); it looks exactly like the shipped one.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browsers.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { LANGUAGES, STORES, listing, listingMarkdown } from './listing-text.mjs';
import { ROOT, version } from './release.mjs';

const OUT = join(ROOT, 'docs/store');
const SIZE = { width: 1280, height: 800 };

const AE = {
  order: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311',
  list: 'https://www.aliexpress.com/p/order/index.html',
  refund: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529',
};
const TB = {
  order: 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105',
  list: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
};
// Chinese buyers are shown Taobao; the others AliExpress. The guard is shown on AliExpress's refund page.
const PAGES = {
  en: { browser: 'en-US', order: AE.order, list: AE.list },
  zh_CN: { browser: 'zh-CN', order: TB.order, list: TB.list },
  pl: { browser: 'pl', order: AE.order, list: AE.list },
};

// The sidebar starts as a pill where the page leaves no margin: open it, as a buyer would, for the picture.
const sidebarReady = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'));
const questionShown = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('[role="alertdialog"]');
const WAIT = { timeout: 20_000 };

function writeText() {
  for (const store of STORES) {
    mkdirSync(join(OUT, store), { recursive: true });
    for (const lang of LANGUAGES) writeFileSync(join(OUT, store, `${lang}.md`), listingMarkdown(ROOT, store, lang, version()));
  }
  copyFileSync(join(ROOT, 'public/icons/icon-128.png'), join(OUT, 'icon-128.png'));
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400); // the sidebar's entrance transition
}

async function screenshots(lang) {
  const { browser, order, list } = PAGES[lang];
  const dir = join(OUT, 'screenshots', lang);
  mkdirSync(dir, { recursive: true });
  const chromium = await launchChromium(join(ROOT, 'dist-e2e/chrome'), { lang: browser });
  try {
    // Quiet hours off, language from the browser: the pictures are the same whatever the hour.
    await chromium.worker.evaluate((language) => globalThis.chrome.storage.sync.set({
      settings: { schema: 1, leadMinutes: [4320, 1440, 180], quiet: { enabled: false, start: 1380, end: 480 }, language, marketplaces: {} },
    }), lang);
    const page = await chromium.context.newPage();
    await page.setViewportSize(SIZE);

    await page.goto(order);
    await page.waitForFunction(sidebarReady, undefined, WAIT);
    await settle(page);
    await page.screenshot({ path: join(dir, '1-sidebar.png') });

    await page.goto(list);
    await page.waitForFunction(() => document.querySelectorAll('buyer-clock-chip').length > 0, undefined, WAIT);
    await settle(page);
    const listShot = await page.screenshot({ path: join(dir, '2-list-chips.png') });

    await page.goto(AE.refund);
    await page.waitForFunction(sidebarReady, undefined, WAIT);
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirm received')?.click());
    await page.waitForFunction(questionShown, undefined, WAIT);
    await settle(page);
    await page.screenshot({ path: join(dir, '3-guard-question.png') });

    // The popup as the toolbar shows it, over the list it was opened from.
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/src/popup/index.html`);
    await popup.waitForFunction(() => document.querySelectorAll('li[data-order], li[data-key]').length > 0, undefined, WAIT);
    await settle(popup);
    const popupShot = await popup.screenshot({ fullPage: false });
    await popup.close();
    await page.setContent(`<!doctype html><body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
      <img src="data:image/png;base64,${listShot.toString('base64')}" style="position:absolute;inset:0;filter:brightness(0.8)">
      <img src="data:image/png;base64,${popupShot.toString('base64')}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
      </body>`);
    await page.screenshot({ path: join(dir, '4-popup.png') });
    await page.close();
  } finally {
    await chromium.close();
  }
}

/** The small promotional tile: the icon, the name and the summary's first clause, in each language. */
async function tiles() {
  const icon = readFileSync(join(ROOT, 'public/icons/icon-128.png')).toString('base64');
  const chromium = await launchChromium(join(ROOT, 'dist-e2e/chrome'));
  try {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 440, height: 280 });
    for (const lang of LANGUAGES) {
      const { name } = listing(ROOT, 'chrome', lang);
      const tagline = { en: 'Every deadline on your orders, before it passes', zh_CN: '订单上的每个期限，到期之前就知道', pl: 'Każdy termin Twoich zamówień, zanim minie' }[lang];
      const markets = 'AliExpress · Taobao/Tmall · 1688';
      await page.setContent(`<!doctype html><html lang="${lang.replace('_', '-')}"><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box;background:linear-gradient(135deg,#1f3a5f,#2f6f8f);color:#fff;font-family:sans-serif">
        <img src="data:image/png;base64,${icon}" width="112" height="112" alt="">
        <div><div style="font-size:34px;font-weight:700">${name}</div>
        <div style="font-size:18px;margin-top:8px;line-height:1.3">${tagline}</div>
        <div style="font-size:13px;margin-top:12px;opacity:.85">${markets}</div></div></body></html>`);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(OUT, `tile-${lang}.png`) });
    }
  } finally {
    await chromium.close();
  }
}

// The pictures need fonts a bare machine lacks: Chinese (Debian's smallest, WenQuanYi Micro Hei, about
// 5 MB) and the chips' stopwatch sign ⏱ (U+23F1, in Noto Color Emoji).
const FONTS = [
  { query: ':lang=zh', pkg: 'fonts-wqy-microhei' },
  { query: ':charset=23f1', pkg: 'fonts-noto-color-emoji' },
];

function ensureFonts() {
  const has = (query) => spawnSync('fc-list', [query], { encoding: 'utf8' }).stdout?.trim();
  const missing = FONTS.filter((f) => !has(f.query)).map((f) => f.pkg);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`Fonts missing for the pictures. Install them: sudo apt-get install -y ${missing.join(' ')}`);
  console.log(`Installing ${missing.join(', ')} from Debian's packages…`);
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = FONTS.filter((f) => !has(f.query)).map((f) => f.pkg);
  if (still.length) throw new Error(`${still.join(', ')} installed, but fontconfig still lacks what they give.`);
}

const build = spawnSync('node', ['scripts/build.mjs', '--e2e'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
ensureBrowsers(['chromium']);
ensureFonts();
writeText();
for (const lang of LANGUAGES) {
  await screenshots(lang);
  console.log(`  docs/store/screenshots/${lang}/: 4 pictures`);
}
await tiles();
console.log('  docs/store/: listing text per store and language, tiles, icon');
