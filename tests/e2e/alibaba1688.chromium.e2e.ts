import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { alibaba1688Scenarios } from './alibaba1688-scenarios';
import { playwrightTab } from './tab';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

describe('Chromium, 1688', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

  alibaba1688Scenarios({
    leaks: () => chromium.leaks(),
    open: async () => playwrightTab(await chromium.context.newPage()),
    stored: () => chromium.worker.evaluate(() => chrome.storage.local.get(null)),
  });
});
