// What a marketplace page must never load (issue 7): the store's zod schemas, webextension-polyfill and
// Vite's module-preload helper. Sizes alone would not catch the helper (0.5 KB) under the 2 KB budget.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureBuild } from '../../scripts/bench-size.mjs';

describe.each(['chrome', 'firefox'])('content script chunks in dist/%s', (browser) => {
  const dist = `dist/${browser}`;
  const size = measureBuild(dist);
  const text = (file: string) => readFileSync(`${dist}/${file}`, 'utf8');

  for (const cs of size.contentScripts) {
    const files = [...new Set([...cs.firstChunk.files, ...cs.orderPageAdds.files, ...cs.branches.flatMap((b) => b.files)].map((f) => f.file))];

    it('hold no zod, no polyfill', () => {
      for (const file of files) {
        expect(text(file), file).not.toMatch(/ZodError|only be loaded in a browser extension/);
      }
    });

    it('start without the module-preload helper', () => {
      for (const { file } of cs.firstChunk.files) expect(text(file), file).not.toMatch(/modulepreload|vite:preloadError/);
    });
  }
});
