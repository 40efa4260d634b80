// Lint: the import boundaries of DESIGN.md are errors, so a violation fails `npm test`.
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: "Only electron/ may import 'electron' (DESIGN.md)." };
const platformFree = {
  paths: [noElectron, { name: 'react', message: 'core/db/sync/hub are platform-free: no React.' }, { name: 'react-dom', message: 'core/db/sync/hub are platform-free: no React.' }],
  patterns: [
    { group: ['**/renderer/**', '**/renderer'], message: 'core/db/sync/hub never import renderer/.' },
    { group: ['**/electron/**', '**/electron'], message: 'core/db/sync/hub never import electron/.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.tsbuild/', 'artifacts/', 'db/migrations/', 'hub-data/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['core/**/*.ts', 'db/**/*.ts', 'sync/**/*.ts', 'hub/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', platformFree] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/core/**', '**/db/**', '**/sync/**', '**/hub/**'], allowTypeImports: true, message: 'renderer/ imports only types from core/.' },
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
);
