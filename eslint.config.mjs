import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nextPlugin from '@next/eslint-plugin-next';
import globals from 'globals';
import layerlab from './scripts/eslint/boundaries.mjs';

// lib/ is the simulation: it must run unchanged in the browser and in Node, so it may not
// reach for UI frameworks, the DOM or Node built-ins (see docs in CONTRIBUTING.md).
const libBannedImports = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ is pure: no React.' },
  { group: ['next', 'next/*'], message: 'lib/ is pure: no Next.js.' },
  {
    group: ['@xterm/*', 'xterm', 'xterm-*'],
    message: 'lib/ is pure: the terminal lives in components/.',
  },
  {
    group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
    message: 'lib/ is pure: the editor lives in components/.',
  },
  {
    group: ['node:*'],
    message: 'lib/ is pure: no Node built-ins.',
  },
  {
    group: ['@/components/*', '@/app/*', '../components/*', '../../components/*', '../app/*'],
    message: 'lib/ never imports the UI.',
  },
];

// The layers, lowest first (docs/architecture.md): a module imports only lower ranks, through
// their public entry points. fs <- engine <- shell <- machine <- {terminal, layers, exercises}
// <- playground <- progress <- components <- app.
const layers = {
  modules: {
    'lib/fs': 0,
    'lib/runtime': 0,
    'lib/content': 0,
    'lib/engine': 1,
    'lib/shell': 2,
    'lib/machine': 3,
    'lib/terminal': 4,
    'lib/layers': 4,
    'lib/exercises': 4,
    'lib/playground': 5,
    'lib/progress': 6,
    'components/playground': 10,
    'components/progress': 11,
    'components/site': 12,
    'components/browser': 13,
    'components/editor': 13,
    'components/exercise': 13,
    'components/layer-view': 13,
    'components/terminal': 14,
    'components/mdx': 15,
    'mdx-components': 16,
    app: 20,
  },
  // Light entry points beside index.ts, for the page's first load (no simulation behind them).
  entries: {
    'lib/playground': ['share', 'store'],
    'lib/layers': ['empty'],
    'lib/exercises': ['catalog'],
    'lib/terminal': ['key-data'],
    'lib/shell': ['container-console'],
    // What the exercise catalog and share links (both in a page's first load) need from below.
    'lib/engine': ['apps/todo-config', 'overlay-ids'],
    'lib/fs': ['base64', 'utf8'],
    // The learner's uid and the host's paths, for the exercise catalog (lib/exercises/state.ts).
    'lib/machine': ['paths'],
  },
  ui: ['components', 'app', 'mdx-components'],
  uiMayImport: [
    'lib/machine',
    'lib/layers',
    'lib/exercises',
    'lib/playground',
    'lib/progress',
    'lib/terminal',
    'lib/content',
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'test-results/',
      'playwright-report/',
      'reports/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}', 'mdx-components.tsx'],
    plugins: { layerlab },
    rules: { 'layerlab/boundaries': ['error', layers] },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'mdx-components.tsx'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Exact module names: as a pattern, 'fs' would also match lib's own '../fs'.
          paths: ['fs', 'path', 'os', 'child_process', 'crypto', 'buffer'].map((name) => ({
            name,
            message: 'lib/ is pure: no Node built-ins.',
          })),
          patterns: libBannedImports,
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'lib/ is pure: no DOM.' },
        { name: 'document', message: 'lib/ is pure: no DOM.' },
        { name: 'localStorage', message: 'lib/ is pure: persistence lives in components/.' },
        { name: 'process', message: 'lib/ is pure: no Node globals.' },
        { name: 'require', message: 'lib/ is ESM.' },
      ],
    },
  },
  {
    // Functions a reader can hold (issue 11): ~40 lines is the aim (CONTRIBUTING.md), 100 the
    // limit. Long functions become named steps, a closure over shared state becomes a class.
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}'],
    ignores: [
      // Test files: describe() and it() group cases; they are not steps of one function.
      '**/*.test.ts',
    ],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 100, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
);
