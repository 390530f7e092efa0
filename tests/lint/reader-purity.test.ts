// @vitest-environment node
// The readers' purity is held by ESLint (eslint.config.js) over every file in src/marketplaces; this
// proves those rules fire on what they are meant to stop, and stay quiet on what a reader may do.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function problems(code: string, file = 'src/marketplaces/taobao/read-example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('reader purity (ESLint)', () => {
  it.each([
    ['the page\'s globals', 'export const a = () => document.title;', 'no-restricted-globals'],
    ['the window', 'export const a = () => window.innerWidth;', 'no-restricted-globals'],
    ['the address bar', 'export const a = () => location.href;', 'no-restricted-globals'],
    ['the extension API', 'export const a = () => chrome.runtime.id;', 'no-restricted-globals'],
    ['an HTML sink', 'export const a = (el: Element) => el.innerHTML;', 'no-restricted-properties'],
    ['zod', "import { z } from 'zod/mini';\nexport const a = z.string();", '@typescript-eslint/no-restricted-imports'],
    ['the model\'s values', "import { Stage } from '../../rules/model';\nexport const a = Stage;", '@typescript-eslint/no-restricted-imports'],
    ['the browser shell', "import browser from '../../lib/browser';\nexport const a = browser;", '@typescript-eslint/no-restricted-imports'],
    ['the UI', "import { h } from 'preact';\nexport const a = h;", '@typescript-eslint/no-restricted-imports'],
  ])('stops a reader that touches %s', async (_what, code, rule) => {
    expect(await problems(code)).toContain(rule);
  });

  it('lets a reader walk the document it is given and import the model as types', async () => {
    const code = "import type { Stage } from '../../rules/model';\nexport const a = (doc: Document): Stage | null => (doc.title ? 'shipped' : null);";
    expect(await problems(code)).toEqual([]);
  });

  it('leaves the content script its page globals', async () => {
    expect(await problems('export const a = () => document.title;', 'src/content/example.ts')).toEqual([]);
  });
});
