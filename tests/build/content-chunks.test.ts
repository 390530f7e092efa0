// What a marketplace page runs: the manifest's content scripts, then one file of page code the worker
// injects. Every one must be a self-contained classic script (scripting.executeScript runs nothing else,
// and an import would need a web-accessible file), and none may carry the store's zod schemas,
// webextension-polyfill or Vite's module-preload helper (sizes alone would not catch the helper, 0.5 KB).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureBuild } from '../../scripts/bench-size.mjs';
import { PAGE_CODE, pageCodeFile } from '../../src/lib/page-code';

const STATEMENT = /(?:^|[;}\n])\s*(?:import\s*[\w${*"'`]|export\s*[\w${*])/;

describe.each(['dist/chrome', 'dist/firefox', 'dist-e2e/chrome', 'dist-e2e/firefox'])('content code in %s', (dist) => {
  const size = measureBuild(dist);
  const text = (file: string) => readFileSync(`${dist}/${file}`, 'utf8');
  const scripts = size.contentScripts.flatMap((cs) => cs.js);

  it('the worker can inject every page code, and nothing else is there', () => {
    expect(readdirSync(`${dist}/content`).sort()).toEqual(PAGE_CODE.map((c) => pageCodeFile(c).replace('content/', '')).sort());
    expect(size.contentScripts[0]?.pageCode.map((c) => c.file).sort()).toEqual(PAGE_CODE.map(pageCodeFile).sort());
  });

  it('are classic scripts: no import, no export, not even a dynamic import()', () => {
    for (const file of [...scripts, ...PAGE_CODE.map(pageCodeFile)]) {
      const code = text(file);
      expect(code, file).not.toMatch(STATEMENT);
      expect(code, file).not.toMatch(/\bimport\(/);
      expect(code.trimStart().startsWith('(function'), file).toBe(true);
    }
  });

  it('hold no zod, no polyfill, no module-preload helper', () => {
    for (const file of [...scripts, ...PAGE_CODE.map(pageCodeFile)]) {
      expect(text(file), file).not.toMatch(/ZodError|only be loaded in a browser extension|modulepreload|vite:preloadError/);
    }
  });
});
