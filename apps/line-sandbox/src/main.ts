/**
 * The LINE sandbox on its own (`npm run line:sandbox`): a fake LINE platform for running the API
 * against without LINE, e.g. with
 *   LINE_API_BASE_URL=http://127.0.0.1:3090 LINE_DATA_API_BASE_URL=http://127.0.0.1:3090 npm start
 * LINE_SANDBOX_PORT (default 3090; 0 for a free port) and LINE_SANDBOX_HOST (default loopback).
 */
import { LineSandbox } from '@tsunagu/line-sandbox';

async function main(): Promise<void> {
  const portText = process.env['LINE_SANDBOX_PORT'] || '3090';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LINE_SANDBOX_PORT must be a port number from 0 to 65535 (got "${portText}")`);
  }
  const host = process.env['LINE_SANDBOX_HOST'] || '127.0.0.1';
  const sandbox = await new LineSandbox().start(port, host);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the LINE sandbox`);
    await sandbox.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  console.log(
    [
      `LINE sandbox listening on ${sandbox.url}`,
      `  run the API against it: LINE_API_BASE_URL=${sandbox.url} LINE_DATA_API_BASE_URL=${sandbox.url} npm start`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error('The LINE sandbox failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
