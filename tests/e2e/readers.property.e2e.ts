// Property tests for the readers, run in real Chromium: at least 10,000 seeded cases per marketplace
// per run. Each case is a fixture page mutated (elements removed, moved, duplicated, re-classed, texts
// and attributes replaced with hostile or malformed values, broken inline data added) or random
// markup; readPage must not throw and whatever it returns must pass the worker's schema.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../../scripts/browsers.mjs';
import { PAGES } from '../../scripts/pages.mjs';
import type { PropertyRun } from '../property/browser-entry';

const RUNS = Math.max(10_000, Number(process.env.PROPERTY_RUNS ?? 0));
const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);
const MARKETS = ['aliexpress', 'taobao', '1688'];

let browser: Browser;
let page: Page;
const out = mkdtempSync(join(tmpdir(), 'buyer-clock-property-'));

beforeAll(async () => {
  await build({
    configFile: false, logLevel: 'warn', publicDir: false,
    build: { outDir: out, emptyOutDir: true, minify: false, lib: { entry: 'tests/property/browser-entry.ts', formats: ['iife'], name: 'BuyerClockProperty', fileName: () => 'property.js' } },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>property</title>');
  await page.addScriptTag({ content: readFileSync(join(out, 'property.js'), 'utf8') });
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe.each(MARKETS)('%s readers under fire', (market) => {
  const fixtures = Object.entries(PAGES)
    .filter(([, file]) => file.startsWith(`${market}/`))
    .map(([url, file]) => ({ url, html: readFileSync(`tests/fixtures/${file}`, 'utf8') }));

  it(`never throw and never return what the worker would refuse (${RUNS} cases, seed ${SEED})`, async () => {
    expect(fixtures.length).toBeGreaterThan(0);
    const result = await page.evaluate(
      ({ fixtures, runs, seed }) => (globalThis as unknown as { BuyerClockProperty: { run: (...a: unknown[]) => PropertyRun } })
        .BuyerClockProperty.run(fixtures, runs, seed),
      { fixtures, runs: RUNS, seed: SEED },
    );
    expect(result.failure).toBeNull();
    expect(result.cases).toBe(RUNS);
  }, 600_000);
});
