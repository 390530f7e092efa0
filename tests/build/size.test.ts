// Size budgets over the built extensions (the figures bench/README.md explains). Size is deterministic, so it is a test; time is not,
// so timings live in `npm run bench` only. The files are found by following the import graph from each
// built manifest (scripts/bench-size.mjs), the way a browser loads them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, CEILINGS, measureBuild } from '../../scripts/bench-size.mjs';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const list = (files: { file: string; gzip: number }[]) => files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

describe.each(['chrome', 'firefox'])('bundle sizes in dist/%s (gzip)', (browser) => {
  const dist = `dist/${browser}`;
  const built = existsSync(`${dist}/manifest.json`);
  it('the build exists', () => expect(built, `${dist}/manifest.json: run npm run build first`).toBe(true));
  // Without a build there is nothing to measure: the test above fails, and says why, instead of the file.
  if (!built) return;
  const size = measureBuild(dist);

  it('finds the content script, the page code, the worker and the popup through the manifest', () => {
    expect(size.contentScripts.length).toBeGreaterThan(0);
    for (const cs of size.contentScripts) {
      expect(cs.firstChunk.files.length).toBeGreaterThan(0);
      expect(new Set(cs.pageCode.map((c) => c.kind))).toEqual(new Set(['list', 'order']));
    }
    expect(size.worker.files.length).toBeGreaterThan(0);
    expect(size.pages.popup?.files.length).toBeGreaterThan(0);
  });

  for (const cs of size.contentScripts) {
    const who = cs.marketplaces.join(', ');
    it(`the first code on every matched page, the content script (${who}): ≤ ${kb(CEILINGS.firstChunk)} (target ${kb(BUDGETS.firstChunk)})`, () => {
      expect(cs.firstChunk.gzip, `first chunk ${kb(cs.firstChunk.gzip)}: ${list(cs.firstChunk.files)}`).toBeLessThanOrEqual(CEILINGS.firstChunk);
    });
    it(`everything a list page loads (${who}): ≤ ${kb(CEILINGS.listPage)} (target ${kb(BUDGETS.orderPage)})`, () => {
      expect(cs.listPage, 'list page code (content/*-list.js)').not.toBeNull();
      expect(cs.listPage!.gzip, `list page ${kb(cs.listPage!.gzip)}: ${list(cs.listPage!.files)}`).toBeLessThanOrEqual(CEILINGS.listPage);
    });
    it(`everything an order page loads, the sidebar's included (${who}): ≤ ${kb(CEILINGS.orderPage)} (target ${kb(BUDGETS.orderPage)})`, () => {
      expect(cs.orderPage, 'order page code (content/*.js)').not.toBeNull();
      expect(cs.orderPage!.gzip, `order page ${kb(cs.orderPage!.gzip)}: ${list(cs.orderPage!.files)}`).toBeLessThanOrEqual(CEILINGS.orderPage);
    });
  }

  it(`the worker: ≤ ${kb(CEILINGS.worker)} (target ${kb(BUDGETS.worker)})`, () => {
    expect(size.worker.gzip, `worker ${kb(size.worker.gzip)}: ${list(size.worker.files)}`).toBeLessThanOrEqual(CEILINGS.worker);
  });

  it(`each extension page (popup, options): ≤ ${kb(BUDGETS.extensionPage)}`, () => {
    for (const [name, page] of Object.entries(size.pages)) {
      expect(page.gzip, `${name} ${kb(page.gzip)}: ${list(page.files)}`).toBeLessThanOrEqual(BUDGETS.extensionPage);
    }
  });
});
