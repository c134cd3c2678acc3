// One Jest run for the whole repository: unit (*.spec.ts), integration (*.integration-spec.ts)
// and end-to-end over HTTP (*.e2e-spec.ts). Integration and end-to-end tests use the database
// prepared by the global setup: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise.
const { compilerOptions } = require('./tsconfig.base.json');

// '@tsunagu/x': ['libs/x/src/index.ts'] becomes '^@tsunagu/x$': '<rootDir>/libs/x/src/index.ts'.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper,
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  setupFiles: ['<rootDir>/tools/jest/setup-file.ts'],
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  testTimeout: 30000,
  // The embedded database is one PGlite backend served from this process. Its socket server keeps
  // connections apart only inside transactions: the application runs every statement in one, but the
  // tests' own ad-hoc queries (as the owner, to check or tamper) do not, so there test files run one
  // at a time.
  maxWorkers: process.env.DATABASE_URL ? 2 : 1,
};
