// Lint, including the process layers: a layer that imports what it must not fails the build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // CommonJS scripts (a test driver for the CommonJS preload) load modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
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
            // The PDF lane draws the same chart components the screen shows, and nothing else of the renderer.
            {
              regex: '^(\\.\\./)+renderer/(?!src/charts/)',
              message: 'core may import only renderer/src/charts.',
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
            { regex: '^\\.\\./core/(?!app$)', message: 'main imports electron/core only through app.ts.' },
            { group: ['**/renderer/**'], message: 'main does not import the renderer.' },
          ],
        },
      ],
    },
  },
);
