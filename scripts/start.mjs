// npm start: build, then open Chromium with Buyer Clock on the bundled demo order pages, served under
// their real AliExpress addresses. Without a display, write screenshots of those pages to demo-out/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { launchChromium } from './browsers.mjs';
import { DEMO } from './pages.mjs';

const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
ensureBrowsers(['chromium']);

const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (display) {
  const { context } = await launchChromium('dist/chrome', { headless: false });
  for (const url of DEMO) await (await context.newPage()).goto(url);
  console.log('Chromium is open on the demo orders. Close the window to finish.');
  await new Promise((done) => context.on('close', done));
} else {
  console.log('No display found (DISPLAY is not set): writing screenshots of the demo pages to demo-out/ instead.');
  mkdirSync('demo-out', { recursive: true });
  const chromium = await launchChromium('dist/chrome');
  for (const [i, url] of DEMO.entries()) {
    const page = await chromium.context.newPage();
    await page.goto(url);
    // Our hosts are unmarked (see src/content/shadow-host.ts): wait for an empty element that already holds a root.
    await page.waitForFunction(() => [...document.querySelectorAll('div:empty, span:empty')].some((el) => {
      if (el.getAttributeNames().some((n) => n !== 'style')) return false;
      try { el.attachShadow({ mode: 'open' }); return false; } catch { return true; }
    }), undefined, { timeout: 15_000 });
    await page.waitForTimeout(500); // let the sidebar paint before the picture
    const file = `demo-out/${String(i + 1).padStart(2, '0')}-${new URL(url).pathname.split('/').pop()?.replace('.html', '')}.png`;
    await page.screenshot({ path: file });
    console.log(`  ${url}\n    → ${file}`);
    await page.close();
  }
  await chromium.close();
}
