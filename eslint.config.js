// Page text must stay text: no HTML sinks, no eval in any form (see also .ci and the before-stop hook).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

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
    // The pure cores import nothing from the browser or the UI (design.md, "Pure cores, thin shells").
    files: ['src/marketplaces/**', 'src/rules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/lib/browser*', 'webextension-polyfill', 'preact', 'preact/*', '**/ui/**', '**/background/**', '**/content/**'] }],
    },
  },
);
