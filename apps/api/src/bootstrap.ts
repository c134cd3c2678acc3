import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { type AppConfig } from '@tsunagu/platform/config';
import { rejectUnsafeInput } from '@tsunagu/platform/graphql';
import { migrate, startEmbeddedDatabase, type EmbeddedDatabase } from '@tsunagu/platform/database';
import { DemoSeeder } from '@tsunagu/demo';
import { AppModule } from './app.module';
import { securityHeaders, serveConsole } from './console';

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | undefined;
}

/**
 * DATABASE_URL, or the embedded database under TSUNAGU_DATA_DIR. The embedded database is migrated
 * here (it has no other owner); a real server is migrated by `npm run db:migrate`.
 */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: undefined };
  // Above the sum of every pool of the process: the API's, the migrator's and a margin.
  const embedded = await startEmbeddedDatabase(config.dataDir, config.databasePoolMax + 20);
  await migrate({ migrationUrl: embedded.url, runtimeUrl: embedded.url });
  return { url: embedded.url, embedded };
}

export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  extraImports: DynamicModule['imports'] = [],
  /** The embedded database (one process: live updates travel in memory) rather than PostgreSQL. */
  embedded = !config.databaseUrl,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl, extraImports, embedded),
    {
      bufferLogs: true,
      bodyParser: false,
      // The LINE webhook signature is computed over the exact bytes received.
      rawBody: true,
    },
  );
  app.useLogger(app.get(Logger));
  // Nest keeps its own log lines (errors included) in a buffer until flushed, which `listen` does;
  // an app only initialised (tests, CLIs) would otherwise never write them.
  app.flushLogs();
  app.useBodyParser('json', { limit: config.requestBodyLimit });
  // Text no part of the system can keep (NUL, unpaired surrogates) is refused here, once, for every route.
  app.use(rejectUnsafeInput);
  app.disable('x-powered-by');
  securityHeaders(app, config);
  serveConsole(app, config);
  return app;
}

/** Seeds the demo when the embedded database is empty, or whenever SEED_DEMO=1; never in production. */
export async function seedDemoIfWanted(
  app: NestExpressApplication,
  config: AppConfig,
  embedded: boolean,
): Promise<boolean> {
  if (config.nodeEnv === 'production') return false;
  const seeder = app.get(DemoSeeder);
  if (config.seedDemo || (embedded && (await seeder.isEmpty()))) {
    await seeder.seed();
    return true;
  }
  return false;
}
