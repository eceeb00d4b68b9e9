// Lint is where the architecture's boundaries live: the pure core may not reach GitHub,
// and each front end may only import the SDK it fronts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sdk = {
  actions: { group: ['@actions/*'], message: 'Only src/action/** may import @actions/*.' },
  probot: { group: ['probot', 'probot/*'], message: 'Only src/app/** may import probot.' },
  octokit: {
    group: ['octokit', '@octokit/*'],
    message: 'Only src/github/** may talk to Octokit; use the Gateway port instead.',
  },
};

const pureCore = [
  'src/model/**',
  'src/input/**',
  'src/config/**',
  'src/rules/**',
  'src/markdown/**',
  'src/plan/**',
  'src/agenda/**',
  'src/report/**',
];

/** Restricts imports for a set of files to everything but the listed SDK groups. */
const allowOnly = (files, allowed, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...Object.entries(sdk)
            .filter(([name]) => !allowed.includes(name))
            .map(([, pattern]) => pattern),
          ...extra,
        ],
      },
    ],
  },
});

const noIo = [
  {
    group: ['node:fs', 'node:fs/*', 'fs', 'node:http', 'node:https', 'node:net', 'node:child_process'],
    message: 'The pure core does no I/O: pass data in.',
  },
  {
    group: ['#src/github/*', '#src/use-cases/*', '#src/action/*', '#src/app/*', '#src/cli/*'],
    message: 'Dependencies point inward: the pure core may not import outer layers.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string-literal union instead of an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  allowOnly(['src/**'], []),
  allowOnly(pureCore, [], noIo),
  allowOnly(['src/github/**'], ['octokit']),
  allowOnly(['src/action/**'], ['actions']),
  allowOnly(['src/app/**'], ['probot']),
  {
    files: ['**/*.js', '**/*.mjs', '*.config.ts', 'test/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Pure code takes `now` as an argument instead of reading the clock.
    files: pureCore,
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass `now` in.' }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The pure core never reads the environment.' }],
    },
  },
);
