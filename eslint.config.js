import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // The math core runs in Node, the worker and the page alike: keep it free of UI and globals.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', 'katex'], message: 'src/lib must stay pure.' },
        { group: ['../components/*', '../state/*', '../lessons/*', '../worker/*', '../i18n/*', '../../*'], message: 'src/lib must not import app code.' },
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
