import 'reflect-metadata';
import { ConfigError, loadConfig } from '@tsunagu/platform/config';
import { DEMO_CHANNELS, demoLogins, giveDemoProfiles } from '@tsunagu/demo';
import { LineSandbox } from '@tsunagu/line-sandbox';
import { createApp, openDatabase, seedDemoIfWanted } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  // The embedded demo talks to a fake LINE platform in-process unless LINE_API_BASE_URL says otherwise.
  const sandbox = database.embedded && !config.lineApiBaseUrl ? await new LineSandbox().start() : undefined;
  if (sandbox) {
    giveDemoProfiles(sandbox);
    config.lineApiBaseUrl = sandbox.url;
    config.lineDataApiBaseUrl = sandbox.url;
  }
  const app = await createApp(config, database.url);
  const seeded = await seedDemoIfWanted(app, config, database.embedded !== undefined);
  await app.listen(config.port);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await app.close();
    await sandbox?.stop();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  const lines = [
    '',
    `tsunagu API listening on ${config.publicBaseUrl}`,
    `  GraphQL:  ${config.publicBaseUrl}/graphql`,
    `  health:   ${config.publicBaseUrl}/health/ready`,
    `  database: ${database.embedded ? `embedded (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}`,
    `  LINE API: ${sandbox ? `the LINE sandbox at ${sandbox.url}` : (config.lineApiBaseUrl ?? 'https://api.line.me')}`,
  ];
  if (database.embedded || seeded) {
    lines.push(
      `  LINE demo: Kobe's channel ${DEMO_CHANNELS[0].lineChannelId}, channel secret ${config.demoLineChannelSecret}`,
      '  a family writes: npm run line:simulate -- --tenant kobe --text "子育てのことで相談したいです"',
    );
    lines.push(
      `  demo logins (password: ${config.demoPassword === 'tsunagu-demo-2026' ? 'tsunagu-demo-2026' : 'TSUNAGU_DEMO_PASSWORD'}):`,
    );
    for (const login of demoLogins()) {
      lines.push(`    ${login.email.padEnd(36)} ${login.role}${login.tenant ? ` (X-Tenant: ${login.tenant})` : ''}`);
    }
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('tsunagu failed to start:', error);
  }
  process.exit(1);
});
