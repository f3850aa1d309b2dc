// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer boundaries (one-way): engine ← dom ← ui ← entrypoints; messaging is
 * types plus one messenger; cli uses the engine and Node only. Each ban says
 * why, so a failing lint explains itself.
 */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const ENGINE_PURE = {
  group: [
    '**/dom/**',
    '**/ui/**',
    '**/messaging/**',
    '**/cli/**',
    'wxt',
    'wxt/*',
    'webextension-polyfill',
    'preact',
    'preact/*',
    'node:*',
    '@webext-core/*',
  ],
  message:
    'src/engine is pure TypeScript: no DOM, browser, UI, messaging or Node imports (it runs in the service worker, the popup and the CLI alike).',
};

/** What the eager content script may never pull in (it runs on every page). */
const EAGER_ONLY_GATE = {
  group: [
    'compromise',
    'compromise/*',
    '**/generated/claims-index.json',
    '**/engine/load',
    '**/engine/index',
    '**/engine/detect*',
    '**/engine/match*',
  ],
  message:
    'The eager content script runs on every page: it may use only the gate (src/engine/gate + gate.json); the engine runs in the background.',
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'src/generated/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
      'bench-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        // WXT auto-imports these in entrypoints.
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        defineUnlistedScript: 'readonly',
        chrome: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Page text must reach the DOM only as text nodes: never assign innerHTML/outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page text must reach the DOM only as text nodes: never use insertAdjacentHTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text must reach the DOM only as text nodes: never use dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  layer(['src/engine/**/*.ts'], [ENGINE_PURE]),
  layer(
    ['src/shared/**/*.ts'],
    [
      {
        group: [
          '**/dom/**',
          '**/ui/**',
          '**/cli/**',
          '**/messaging/**',
          'wxt',
          'wxt/*',
          'preact',
          'preact/*',
          'node:*',
        ],
        message:
          'src/shared is plain data and pure helpers used by both the extension and the CLI: no DOM, UI, CLI, messaging or Node imports.',
      },
    ],
  ),
  layer(
    ['src/dom/**/*.ts'],
    [
      {
        group: ['**/ui/**', '**/cli/**', 'preact', 'preact/*', 'node:*'],
        message: 'src/dom is the DOM layer: it may use the engine types, never the UI, the CLI or Node.',
      },
    ],
  ),
  layer(
    ['src/ui/**/*.{ts,tsx}'],
    [
      {
        group: ['**/cli/**', 'node:*'],
        message: 'src/ui renders in extension pages and the content script: no CLI or Node imports.',
      },
    ],
  ),
  layer(
    ['src/cli/**/*.ts'],
    [
      {
        group: [
          '**/dom/**',
          '**/ui/**',
          '**/messaging/**',
          'wxt',
          'wxt/*',
          'webextension-polyfill',
          'preact',
          'preact/*',
        ],
        message: 'src/cli runs in Node: engine and Node only, no extension or DOM code.',
      },
    ],
  ),
  layer(
    ['src/content/**/*.{ts,tsx}'],
    [
      EAGER_ONLY_GATE,
      {
        group: [
          'preact',
          'preact/*',
          '@floating-ui/*',
          '**/ui/card/card-ui',
          '**/ui/card/Card*',
          '**/cli/**',
          'node:*',
        ],
        caseSensitive: true,
        message:
          'src/content is the eager content script, loaded on every page: the card renderer (Preact, floating-ui) loads on first use through ui/card/card-ui-contract, never by import.',
      },
    ],
  ),
  layer(
    ['entrypoints/content/**/*.{ts,tsx}'],
    [
      EAGER_ONLY_GATE,
      {
        group: [
          '**/dom/**',
          '**/messaging/**',
          '**/settings/**',
          '**/report/**',
          '**/engine/**',
          '**/ui/**/*.ts',
          '**/ui/**/*.tsx',
        ],
        message:
          'Entrypoints are WXT wiring only (thin entrypoints): the content script logic lives in src/content, where it can be tested and linted as a layer.',
      },
    ],
  ),
);
