// Lint: typescript-eslint's strict, type-checked rules everywhere, and in src/ the import
// boundaries of docs/architecture.md (eslint-plugin-boundaries). Formatting is Biome's.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The layers of src/, lowest first; a file may import its own folder and the layers below it. */
export const LAYERS = [['core'], ['data', 'story'], ['state'], ['map', 'views'], ['app']];

const below = (index) => LAYERS.slice(0, index).flat();

/** The boundaries rule for src/: each layer may import itself and the layers below it. */
export const boundariesConfig = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': [...LAYERS.flat().map((type) => ({ type, pattern: `src/${type}` })), { type: 'types', pattern: 'src/types' }],
    'boundaries/include': ['src/**/*'],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: LAYERS.flatMap((types, i) =>
          types.map((type) => ({ from: { element: { type } }, allow: { to: { element: { types: { anyOf: [type, ...below(i)] } } } } })),
        ),
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'bench/dist/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers and booleans read naturally in messages and ids; objects and nullish values do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  boundariesConfig,
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
