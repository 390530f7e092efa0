// A stored order that no longer reads: set aside, told in the popup, saved to a file, deleted only then.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { axeViolations } from './axe';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;
const BROKEN = { schema: 2, key: 'order:aliexpress:8190000000000999', snapshot: { stage: 'teleported' } };
/** Whatever storage holds of that order, under any key (the planner's own log aside). */
const heldOf = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).filter(([k]) => k.includes(BROKEN.key)));

describe('Chromium: a store that fails validation', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

  it('the popup says a copy was set aside, saves it to a file as found, then deletes it on request', async () => {
    await chromium.worker.evaluate((broken) => chrome.storage.local.set({ [broken.key]: broken }), BROKEN);
    const popup = await chromium.context.newPage();
    await popup.goto(`chrome-extension://${chromium.extensionId}/src/popup/index.html`);
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('(count: 1). They were set aside, not deleted');
    expect(await axeViolations((fn, arg) => popup.evaluate(fn as never, arg))).toEqual([]);
    // Set aside, never dropped: the copy is still in storage under its quarantine key.
    expect(heldOf(await chromium.worker.evaluate(() => chrome.storage.local.get(null)))).toEqual({ [`quarantine:${BROKEN.key}`]: BROKEN });

    const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save them to a file' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^buyer-clock-set-aside-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as { format: string; items: Record<string, unknown> };
    expect(saved).toMatchObject({ format: 'buyer-clock-set-aside', items: { [`quarantine:${BROKEN.key}`]: BROKEN } });

    await popup.getByRole('button', { name: 'Delete the saved copies from Buyer Clock' }).click();
    await expect.poll(() => popup.getByRole('alert').count()).toBe(0);
    expect(heldOf(await chromium.worker.evaluate(() => chrome.storage.local.get(null)))).toEqual({});
    await popup.close();
  });
});
