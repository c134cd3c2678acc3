// The console's browser tests (Playwright, apps/console-e2e), the last part of `npm test`. They start
// `npm start` on a fresh in-memory embedded database themselves, so they run once per CI run: with
// DATABASE_URL set (CI's PostgreSQL pass) they are skipped, and run in the embedded pass.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.DATABASE_URL && !process.env.CONSOLE_SCREENSHOTS) {
  console.log('console browser tests: skipped with DATABASE_URL (they run on the embedded database)');
  process.exit(0);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`console browser tests need Chromium at ${chromium}: apt-get install chromium (or set CHROMIUM_PATH)`);
  process.exit(1);
}
const run = spawnSync('npx', ['playwright', 'test', '-c', 'apps/console-e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
