// Browser tests of the console: Debian's Chromium (`apt-get install chromium`, as .ci/run does)
// against `npm start` on a fresh in-memory embedded database, on a port of their own.
// Run by `npm test` (tools/console-e2e.mjs) and by `npx playwright test -c apps/console-e2e`.
import { defineConfig } from '@playwright/test';

const port = Number(process.env['CONSOLE_E2E_PORT'] ?? 3457);
export const baseURL = `http://127.0.0.1:${port}`;

/** What Chromium needs on these machines: no sandbox as root, and no call to Google's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './src',
  // `npm run screenshots` runs only the screenshot tour, which writes docs/screenshots/*.png.
  testMatch: process.env['CONSOLE_SCREENSHOTS'] ? '**/*.shots.ts' : '**/*.pw.ts',
  // One browser at a time: the machines have two cores, and the journeys share one demo database.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/console-e2e',
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The README's start command; `memory` is a fresh embedded database that nothing else opens.
    command: 'npm start',
    cwd: '../..',
    url: `${baseURL}/health/ready`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      TSUNAGU_DATA_DIR: 'memory',
      DATABASE_URL: '',
      DATABASE_MIGRATION_URL: '',
      LOG_LEVEL: 'warn',
    },
  },
});
