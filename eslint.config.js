// Page text must stay text: no HTML sinks, no eval in any form (see also .ci and the before-stop hook).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const SHELLS = ['**/lib/browser*', 'webextension-polyfill', 'preact', 'preact/*', '**/ui/**', '**/background/**', '**/content/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'node_modules/**', 'demo-out/**', 'bench/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Page text stays text: use textContent.' },
        { property: 'outerHTML', message: 'Page text stays text.' },
        { property: 'insertAdjacentHTML', message: 'Page text stays text.' },
        { property: 'postMessage', message: 'No page-world messaging.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text stays text.' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure cores (readers and rule engine) import nothing from the browser or the UI, so both run
    // and are tested anywhere with any input.
    files: ['src/marketplaces/**', 'src/rules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: SHELLS }],
    },
  },
  {
    // Readers see only the document they are given: no page globals, no browser API, no zod (the worker
    // validates what they send), and the model's schemas as types only (they are zod).
    files: ['src/marketplaces/**'],
    rules: {
      'no-restricted-globals': ['error',
        ...['window', 'document', 'location', 'browser', 'chrome'].map((name) => ({ name, message: 'A reader reads only the Document it is given.' })),
      ],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: SHELLS, message: 'Readers are pure: nothing from the browser or the UI.' },
          { group: ['zod', 'zod/*'], message: 'Readers do not validate; the worker does.' },
          { group: ['**/rules/model'], allowTypeImports: true, message: 'Import the model as types only (its values are zod schemas).' },
        ],
      }],
    },
  },
);
