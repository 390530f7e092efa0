// The content script imports src/marketplaces/detect.ts on every marketplace page before it knows
// whether the page is an order page: it must stay within 2 KB gzipped, and must not pull in readers.
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/marketplaces/detect.ts');

describe('detectPage bundle', () => {
  it('is at most 2 KB gzipped and holds no reader code', async () => {
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry: ENTRY, formats: ['es'], fileName: 'detect' } },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const code = outputs.map((o) => (o.type === 'chunk' ? o.code : '')).join('');
    expect(outputs.filter((o) => o.type === 'chunk')).toHaveLength(1);
    expect(code).not.toMatch(/order-item|querySelector|zod/);
    expect(gzipSync(code).length).toBeLessThanOrEqual(2048);
  }, 30_000);
});
