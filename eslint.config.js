import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ and what each may import, lowest layer first. Imports flow down only:
 * pure maths at the bottom, the worker thread beside the page's stores, the shell on top.
 * (A folder may always import itself.)
 */
export const LAYERS = {
  lib: [],
  protocol: ['lib'],
  worker: ['lib', 'protocol'],
  storage: ['lib', 'protocol'],
  i18n: ['storage'],
  data: ['lib', 'i18n'],
  state: ['lib', 'protocol', 'storage', 'i18n', 'data'],
  training: ['lib', 'protocol', 'storage', 'state', 'data'],
  offline: ['i18n', 'storage', 'data', 'state'],
  components: ['lib', 'protocol', 'storage', 'i18n', 'data', 'state', 'training'],
  lessons: ['lib', 'protocol', 'storage', 'i18n', 'data', 'state', 'training', 'components', 'offline'],
  shell: ['lib', 'protocol', 'storage', 'i18n', 'data', 'state', 'training', 'components', 'offline', 'lessons'],
};

const folders = Object.keys(LAYERS);

/** One zone per folder: it may not import any folder outside its list (nor the app's root files). */
const layerZones = folders.map((folder) => ({
  target: `./src/${folder}`,
  from: [...folders.filter((other) => other !== folder && !LAYERS[folder].includes(other)).map((other) => `./src/${other}/**`), './src/*.tsx'],
  message: `src/${folder} may import only ${LAYERS[folder].length > 0 ? LAYERS[folder].map((f) => `src/${f}`).join(', ') : 'itself'} (see LAYERS in eslint.config.js).`,
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle follows imports by parsing the files they name: TypeScript ones too.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // The math core runs in Node, the worker and the page alike: keep it free of UI and globals.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', 'katex'], message: 'src/lib must stay pure.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'localStorage', 'fetch'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass an rng from createRng instead.' }],
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
