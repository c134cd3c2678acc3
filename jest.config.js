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
  // Test files run one at a time: they share one database, so a job worker booted by one file would
  // take another's jobs (and call its own LINE sandbox); and the embedded database's socket server
  // keeps connections apart only inside transactions, which the tests' own owner queries are not.
  maxWorkers: 1,
};
