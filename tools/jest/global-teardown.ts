import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { findLeaks, readSent } from '../../libs/platform/testing/src/log-scan';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { tsunaguEmbedded?: { stop(): Promise<void> } }).tsunaguEmbedded;
  await embedded?.stop();
  scanLogs();
}

/**
 * The log scan: every distinctive string the tests sent (message texts, names, emails, purposes,
 * passwords, tokens) is looked for in everything the application logged during the run. A hit
 * fails the run, naming the string and the log line; the files are then kept for inspection.
 */
function scanLogs(): void {
  const logFile = process.env['TSUNAGU_TEST_LOG_FILE'];
  const sentFile = process.env['TSUNAGU_TEST_SENT_FILE'];
  if (!logFile || !sentFile) return;
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const sent = existsSync(sentFile) ? readSent(readFileSync(sentFile, 'utf8')) : [];
  const leaks = findLeaks(log, sent);
  const lines = log.split('\n').length - 1;
  if (leaks.length === 0) {
    console.log(`\nlog scan: ${sent.length} strings the tests sent, none in ${lines} log lines`);
    if (process.env['TSUNAGU_KEEP_TEST_LOGS']) console.log(`log of the run: ${logFile}`);
    else rmSync(dirname(logFile), { recursive: true, force: true });
    return;
  }
  const listed = leaks
    .slice(0, 50)
    .map((leak) => `  ${JSON.stringify(leak.value)}\n    in: ${leak.line}`)
    .join('\n');
  throw new Error(
    `log scan: ${leaks.length} of the ${sent.length} strings the tests sent appear in the application's log (${logFile}):\n${listed}`,
  );
}
