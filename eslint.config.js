// Lint, including the process layers: a layer that imports what it must not fails the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { posix } from 'node:path';

const noNode = {
  group: [
    'node:*',
    'fs',
    'path',
    'crypto',
    'os',
    'child_process',
    'better-sqlite3-multiple-ciphers',
    'pdfkit',
  ],
  message: 'shared/ and renderer/ run in the browser too: no Node modules.',
};
/**
 * A feature is reached from outside its own folder only through its index.ts, in any layer:
 * `features/<name>/<file>` may be imported by files under some `features/<name>/` (the same
 * feature in another layer included), everyone else imports `features/<name>` (its index), its
 * bare channel names `features/<name>/channels`, or its settings section `features/<name>/settings`.
 */
const featureBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const own = /\/features\/([^/]+)\//.exec(file)?.[1] ?? null;
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      // Resolved, so a sibling feature's file (`../kyc/profile` inside shared/features) is seen too.
      const target = posix.join(posix.dirname(file), spec);
      const match = /\/features\/([^/]+)\/(.+)$/.exec(target);
      // channels.ts (bare names, no zod) is public too: the preload's allow-list is built from it;
      // so is settings.ts, which the settings schema merges without loading the feature's contract.
      if (!match || match[1] === own || ['index', 'channels', 'settings'].includes(match[2])) return;
      context.report({
        node: node.source,
        message: `import the ${match[1]} feature through its index.ts, not ${match[2]}`,
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}', 'shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'local/feature-boundaries': 'error' },
  },
  {
    // CommonJS scripts (a test driver for the CommonJS preload) load modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            {
              group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'antd', 'recharts'],
              message: 'shared/ imports none of the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // The kernel (money, dates, random, limits) is what every feature builds on: it imports
    // nothing of shared/ outside itself, so no feature, message table or contract leaks into it.
    files: ['shared/kernel/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            {
              group: [
                '**/electron/**',
                '**/renderer/**',
                'react',
                'react-dom',
                'antd',
                'recharts',
                '../*',
                '!../kernel',
                '!../kernel/**',
              ],
              message: 'shared/kernel imports only other kernel modules (and zod).',
            },
          ],
        },
      ],
    },
  },
  {
    // Charts are drawn by the screens and by the PDFs: pure React + recharts, no antd, no i18n hooks.
    files: ['shared/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            {
              group: ['**/electron/**', '**/renderer/**', 'antd', 'react-i18next', 'i18next'],
              message: 'shared/charts draws with React and recharts only: labels come in as props.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            { group: ['**/electron/**'], message: 'renderer/ imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.{ts,tsx}', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            {
              group: ['**/electron/main/**', '**/electron/preload/**'],
              message: 'core and cli never reach into main or preload.',
            },
            {
              group: ['**/renderer/**'],
              message: 'core and cli never import the renderer (charts live in shared/charts).',
            },
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload can require only 'electron': anything else must be bundled and tiny.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/(channel-names|electron-bridge)$)',
              message: 'The preload imports only electron and the channel names (no zod, no domain code).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./core/(?!worker/core-client$)',
              message:
                'main reaches electron/core only through the core worker client (the core runs in a worker).',
            },
            { group: ['**/renderer/**'], message: 'main does not import the renderer.' },
          ],
        },
      ],
    },
  },
);
