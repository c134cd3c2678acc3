import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data', 'node_modules', '**/src/gql', 'playwright-report', 'test-results'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Layers: apps compose features; features use data access and utilities; nothing reaches up.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:testing'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Domains: the platform depends on no domain; a domain depends on the platform and on the
            // public API of the domains it really needs.
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
            { sourceTag: 'scope:tenants', onlyDependOnLibsWithTags: ['scope:platform'] },
            { sourceTag: 'scope:channels', onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants'] },
            {
              sourceTag: 'scope:conversations',
              onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants', 'scope:channels'],
            },
            {
              sourceTag: 'scope:audience',
              onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants', 'scope:channels', 'scope:conversations'],
            },
            { sourceTag: 'scope:partners', onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants'] },
            {
              sourceTag: 'scope:referrals',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:tenants',
                'scope:conversations',
                'scope:partners',
                'scope:case-records',
              ],
            },
            {
              sourceTag: 'scope:broadcasts',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:tenants',
                'scope:channels',
                'scope:conversations',
                'scope:audience',
              ],
            },
            {
              sourceTag: 'scope:case-records',
              // kintone: the records import reads kintone's CSV exports.
              onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants', 'scope:conversations', 'scope:kintone'],
            },
            {
              sourceTag: 'scope:secondments',
              onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants', 'scope:channels'],
            },
            {
              sourceTag: 'scope:reporting',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:tenants',
                'scope:conversations',
                'scope:partners',
                'scope:referrals',
                'scope:secondments',
                'scope:broadcasts',
              ],
            },
            {
              sourceTag: 'scope:programmes',
              onlyDependOnLibsWithTags: ['scope:platform', 'scope:tenants', 'scope:channels', 'scope:reporting'],
            },
            {
              sourceTag: 'scope:food-delivery',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:case-records',
                'scope:tenants',
                'scope:channels',
                'scope:conversations',
                'scope:programmes',
                'scope:reporting',
              ],
            },
            { sourceTag: 'scope:line-sandbox', onlyDependOnLibsWithTags: [] },
            // Reading kintone's CSV exports: plain code over streams, used by the records import.
            { sourceTag: 'scope:kintone', onlyDependOnLibsWithTags: ['scope:platform'] },
            // The console imports no server library: only the types generated from the schema.
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:line-sandbox-app', onlyDependOnLibsWithTags: ['scope:line-sandbox'] },
            {
              sourceTag: 'scope:demo',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:tenants',
                'scope:channels',
                'scope:conversations',
                'scope:partners',
                'scope:case-records',
                'scope:secondments',
                'scope:broadcasts',
                'scope:reporting',
                'scope:programmes',
                'scope:food-delivery',
                'scope:audience',
                'scope:line-sandbox',
              ],
            },
            // The benchmarks drive the API from outside, with the platform's and the domains' helpers.
            {
              sourceTag: 'scope:bench',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:channels',
                'scope:reporting',
                'scope:line-sandbox',
                'scope:kintone',
              ],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: [
                'scope:platform',
                'scope:tenants',
                'scope:channels',
                'scope:conversations',
                'scope:partners',
                'scope:referrals',
                'scope:case-records',
                'scope:secondments',
                'scope:broadcasts',
                'scope:reporting',
                'scope:programmes',
                'scope:food-delivery',
                'scope:audience',
                'scope:demo',
                'scope:line-sandbox',
                // The records import's tests generate kintone exports.
                'scope:kintone',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
