// One small interface over Playwright's and Puppeteer's pages, so both browsers run the same scenarios.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';

export type Tab = {
  goto(url: string): Promise<void>;
  run<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** A real click at a point of the viewport, as the buyer's hand makes it (isTrusted). */
  clickAt(x: number, y: number): Promise<void>;
  close(): Promise<void>;
};

/** In the page: the middle of the element `find` returns, for clickAt; null when there is none. */
export type Point = { x: number; y: number } | null;

const WAIT = { timeout: 15_000 };

export function playwrightTab(page: PwPage): Tab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    run: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg) => void (await page.waitForFunction(fn as never, arg, WAIT)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    clickAt: (x, y) => page.mouse.click(x, y),
    close: () => page.close(),
  };
}

export function puppeteerTab(page: PpPage): Tab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    run: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg) => void (await page.waitForFunction(fn as never, WAIT, arg)),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    clickAt: (x, y) => page.mouse.click(x, y),
    close: () => page.close(),
  };
}
