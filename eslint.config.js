// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer boundaries, one zone per folder under src/, each with the reason it
 * exists, so a failing lint explains itself. The direction is
 * shared ← engine ← dom ← ui ← content/entrypoints; report, settings and
 * messaging are plain layers beside them; cli and db run in Node.
 * tests/unit/lint-boundaries.test.ts checks that every folder has a zone and
 * that a wrong-way import from each one fails; `npm run lint:cycles` (madge)
 * checks that no import cycles are left.
 *
 * `may`: the other src/ folders a layer may import (everything else under
 * src/ is refused); `never`: packages it may not use; `why`: the message.
 */
const NODE = ['node:*'];
const EXTENSION = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@webext-core/*'];
const UI_LIBS = ['preact', 'preact/*', '@floating-ui/*'];
const DOM_WALK = ['text-extract', 'skip', 'offset-map', 'read-document', 'document-input'];

const LAYERS = {
  shared: {
    may: [],
    never: [...NODE, ...EXTENSION, ...UI_LIBS, 'compromise', 'zod'],
    why: 'src/shared is plain data and pure helpers used by every layer (the extension, the engine, the CLI): it imports nothing of ours and no DOM, browser, Node or UI library.',
  },
  engine: {
    may: ['shared', 'generated'],
    never: [...NODE, ...EXTENSION, ...UI_LIBS],
    why: 'src/engine is pure TypeScript: it runs in the service worker, the popup and the CLI alike, so no DOM, browser, UI, messaging, settings or Node imports.',
  },
  db: {
    may: ['engine', 'report', 'shared'],
    never: [...EXTENSION, ...UI_LIBS],
    why: 'src/db compiles claims-db/ at build time in Node: it may use the engine types and report helpers, never extension or page code.',
  },
  report: {
    may: ['engine', 'shared'],
    never: [...NODE, ...EXTENSION, ...UI_LIBS],
    why: 'src/report is the pure audit report shared by the CLI and the popup: engine types in, text out; no DOM, browser, Node or UI code.',
  },
  settings: {
    may: ['engine', 'shared'],
    never: [...NODE, ...UI_LIBS, 'webextension-polyfill', '@webext-core/*'],
    why: 'src/settings is the settings model and its storage items: pure rules plus WXT storage, read by the content script, the popup and the options alike; no UI, DOM or messaging.',
  },
  messaging: {
    may: ['engine', 'shared', 'report'],
    never: [...NODE, ...UI_LIBS, 'wxt', 'wxt/*', '#imports'],
    why: 'src/messaging declares every message once (types plus one messenger): it may name engine and report types, never the code that sends or answers them.',
  },
  dom: {
    may: ['engine', 'generated', 'settings', 'shared'],
    never: [...NODE, ...EXTENSION, ...UI_LIBS],
    why: 'src/dom reads and marks the page (walk, gate, highlights, mutations): it takes its roots as arguments and never renders UI, sends messages or uses Node; its walk also runs over linkedom in the CLI.',
  },
  ui: {
    may: ['dom', 'engine', 'generated', 'messaging', 'report', 'settings', 'shared'],
    never: [...NODE],
    why: 'src/ui renders the card, the popup and the options in extension pages and the content script: no CLI, content-script, background, database-compiler or Node code.',
  },
  content: {
    may: ['dom', 'engine', 'messaging', 'report', 'settings', 'shared', 'ui'],
    never: [...NODE],
    why: 'src/content runs the content script on every page: it wires dom, messaging, settings and the card contract; never the CLI, the background or Node.',
  },
  background: {
    may: ['engine', 'generated', 'messaging', 'report', 'settings', 'shared'],
    never: [...NODE, ...UI_LIBS],
    why: 'src/background is the service worker (engine host, badge, commands): it has no page and no UI, so no dom, ui or content imports, and no Node.',
  },
  cli: {
    may: ['db', 'engine', 'generated', 'report', 'shared', 'dom'],
    never: [...EXTENSION, ...UI_LIBS],
    why: 'src/cli runs in Node: the engine, the database, the report and the DOM walk (over linkedom) only; no extension, messaging or UI code.',
  },
};

/** Folders under src/ that hold no code of their own. */
const DATA_FOLDERS = ['generated'];

/** The no-restricted-imports patterns of one layer. */
function zone(name) {
  const { may, never, why } = LAYERS[name];
  const others = [...Object.keys(LAYERS), ...DATA_FOLDERS].filter(l => l !== name && !may.includes(l));
  const group = [...others.map(l => `**/${l}/**`), '**/entrypoints/**', ...never];
  const patterns = [{ group, message: why }];
  // The CLI reads HTML with the extension's own walk; the rest of src/dom is the page's.
  if (name === 'cli') {
    patterns.push({
      group: ['**/dom/**', ...DOM_WALK.map(f => `!**/dom/${f}`)],
      message: `src/cli may use only the DOM walk (${DOM_WALK.map(f => `dom/${f}`).join(', ')}), which takes a root and runs over linkedom; the rest of src/dom is the page’s.`,
    });
  }
  return patterns;
}

export const LAYER_NAMES = Object.keys(LAYERS);

/** A zone for one layer's non-test files (tests may reach across layers to build fixtures, e.g. load the database with Node). */
const layer = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

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
      // The lead's throwaway experiments (not shipped, not tested).
      'scratch/**',
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
  ...LAYER_NAMES.filter(l => l !== 'content').map(l => layer([`src/${l}/**/*.{ts,tsx}`], zone(l))),
  layer(
    ['src/content/**/*.{ts,tsx}'],
    [
      ...zone('content'),
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
  layer(
    ['entrypoints/**/*.{ts,tsx}'],
    [
      {
        group: ['**/cli/**', '**/db/**', 'node:*'],
        message: 'Entrypoints are the extension’s pages and scripts: no CLI, database compiler or Node code.',
      },
    ],
  ),
  {
    // The walk runs over the live page and over linkedom in the CLI (Node):
    // it takes its root as an argument and reaches no browser global.
    files: DOM_WALK.map(f => `src/dom/${f}.ts`),
    rules: {
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'Node', 'NodeFilter', 'getComputedStyle', 'location', 'navigator'].map(name => ({
          name,
          message: `The DOM walk also runs over linkedom in the CLI: use the root it is given (and its ownerDocument), not the global ${name}.`,
        })),
      ],
    },
  },
);
