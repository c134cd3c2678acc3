import 'reflect-metadata';
import { loadConfig } from '@tsunagu/platform/config';
import { createApp, openDatabase } from './bootstrap';
import {
  describeError,
  describeSummary,
  parseRecordsImportArgs,
  runRecordsImport,
  UsageError,
  type CliOutput,
} from './records-import-cli';

/**
 * `npm run records:import -- --tenant kobe --template <name or id> --file export.csv --mapping mapping.json
 * --as admin@… [--encoding shift_jis] [--dry-run]`: imports a kintone export of assessment sheets
 * (docs/operations.md, Importing case records from kintone). The report goes to standard output, the
 * progress bar to standard error. With the embedded database, stop the API first: one process
 * opens its data folder at a time.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseRecordsImportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(describeError(error));
    return 2;
  }
  // The import runs no job handlers (what it enqueues waits for the API) and logs only problems.
  const config = loadConfig({ ...process.env, JOB_WORKERS: '0', LOG_LEVEL: process.env['LOG_LEVEL'] || 'warn' });
  const database = await openDatabase(config);
  const app = await createApp(config, database.url, [], database.embedded !== undefined);
  await app.init();
  const bar = terminalProgress();
  try {
    const summary = await runRecordsImport(app, args, bar);
    bar.end();
    console.log(describeSummary(summary));
    return summary.refused > 0 && !summary.dryRun ? 1 : 0;
  } catch (error) {
    bar.end();
    console.error(describeError(error));
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

/** A progress bar on standard error: redrawn in place on a terminal, a line per tenth otherwise. */
function terminalProgress(): CliOutput & { end(): void } {
  const tty = process.stderr.isTTY === true;
  let drawn = false;
  let lastTenth = -1;
  const clear = (): void => {
    if (tty && drawn) process.stderr.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    line(text) {
      clear();
      console.log(text);
    },
    progress(done, total, startedAt) {
      const share = total === 0 ? 1 : done / total;
      const seconds = (Date.now() - startedAt) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds) : 0;
      const text = `${'█'.repeat(Math.round(share * 30)).padEnd(30, '░')} ${done}/${total} ${Math.floor(share * 100)}% ${rate} records/s`;
      if (tty) {
        if (done % 50 !== 0 && done !== total) return;
        process.stderr.write(`\r\x1b[2K${text}`);
        drawn = true;
      } else if (Math.floor(share * 10) !== lastTenth) {
        lastTenth = Math.floor(share * 10);
        process.stderr.write(`${text}\n`);
      }
    },
    end: clear,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeError(error));
    process.exit(1);
  },
);
