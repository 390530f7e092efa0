import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser, Page } from 'puppeteer-core';
export type Leak = { via: 'page' | 'network'; url: string };
export declare const CHROMIUM: string;
export declare const FIREFOX: string;
export declare const GECKO_ID: string;
export declare const FIREFOX_UUID: string;
export declare function launchChromium(dist: string, opts?: { headless?: boolean; lang?: string }): Promise<{
  context: BrowserContext; worker: Worker; extensionId: string; leaks(): Leak[]; close(): Promise<void>;
}>;
export declare function launchFirefox(dist: string, opts?: { locale?: string }): Promise<{ browser: Browser; newPage(): Promise<Page>; leaks(): Leak[]; close(): Promise<void> }>;
export declare function browsersPresent(): { chromium: boolean; firefox: boolean };
