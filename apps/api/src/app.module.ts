import { randomUUID } from 'node:crypto';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { loggableArguments, serializeLoggedError } from '@tsunagu/platform/errors';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { DatabaseModule, RequestTransactionInterceptor } from '@tsunagu/platform/database';
import { AuditApiModule, AuthModule } from '@tsunagu/platform/auth';
import { AppGraphqlModule, createValidationPipe, DomainErrorFilter } from '@tsunagu/platform/graphql';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsModule } from '@tsunagu/channels';
import { ConversationsModule } from '@tsunagu/conversations';
import { AudienceModule } from '@tsunagu/audience';
import { PartnersModule } from '@tsunagu/partners';
import { ReferralsModule } from '@tsunagu/referrals';
import { BroadcastsModule } from '@tsunagu/broadcasts';
import { CaseRecordsModule } from '@tsunagu/case-records';
import { ReportingModule } from '@tsunagu/reporting';
import { ProgrammesModule } from '@tsunagu/programmes';
import { DonationsModule, FoodDeliveryModule, RoundOperationsModule } from '@tsunagu/food-delivery';
import { SecondmentsModule } from '@tsunagu/secondments';
import { DemoModule } from '@tsunagu/demo';
import { AuditModule, REQUEST_IP } from '@tsunagu/platform/audit';
import { CryptoModule } from '@tsunagu/platform/crypto';
import { DownloadsModule } from '@tsunagu/platform/downloads';
import { MailModule } from '@tsunagu/platform/mail';
import { RateLimitModule } from '@tsunagu/platform/rate-limit';
import { JobsModule } from '@tsunagu/platform/jobs';
import { LiveModule } from '@tsunagu/platform/live';
import { ENTITIES } from './entities';
import { HealthController } from './health.controller';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

/**
 * Paths that carry a secret (a download link's token): logged with the secret replaced.
 * Query strings are never logged.
 */
const SECRET_PATHS: [RegExp, string][] = [[/^\/downloads\/[^/]+/, '/downloads/[token]']];

/** The path of a request as it may be logged: no query string, no secret. */
export function loggablePath(url: string): string {
  const path = url.split('?')[0];
  for (const [pattern, replacement] of SECRET_PATHS) {
    if (pattern.test(path)) return path.replace(pattern, replacement);
  }
  return path;
}

/**
 * The logger: JSON lines to standard output (or LOG_FILE). Only what operations need: a request's
 * id, method, path (no query string, no secret) and status; never headers (tokens), bodies
 * (messages), query strings or the client's address (personal data; the audit trail keeps it where
 * security needs it). Every error and every string goes through `loggableError` / `scrubText`, so a
 * statement's values, a conflicting key or a quoted input never reach the log, whatever the call site.
 */
function loggerOptions(config: AppConfig): Options | [Options, DestinationStream] {
  const options: Options = {
    level: config.logLevel,
    // Our serializers see the raw objects: pino-http's wrappers would first copy every field of an
    // error (a database error's `detail` with its values) into a plain object.
    wrapSerializers: false,
    serializers: {
      req: (req: { id: unknown; method: string; url: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        path: loggablePath(req.originalUrl ?? req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeLoggedError,
      error: serializeLoggedError,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, loggableArguments(args) as Parameters<typeof method>);
      },
    },
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.accessToken', '*.token'], remove: true },
  };
  // Standard output is written asynchronously: lines logged while a write is under way go out
  // together in the next one, instead of a system call per request. Pino flushes it on exit.
  if (!config.logFile) return [options, pino.destination({ dest: 1, sync: false })];
  return [options, pino.destination({ dest: config.logFile, append: true, mkdir: true, sync: true })];
}

/** The API: composed of the platform and domain libraries, configured from `config`. */
@Module({})
export class AppModule {
  /** `extraImports`: modules tests add (e.g. a controller exercising the request transaction). */
  static forRoot(
    config: AppConfig,
    databaseUrl: string,
    extraImports: DynamicModule['imports'] = [],
    embedded = !config.databaseUrl,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            // No proxy providers: resolving them costs a dynamic import on every request.
            resolveProxyProviders: false,
            generateId: true,
            idGenerator: (req: Request) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
            },
            setup: (cls, req: Request) => cls.set(REQUEST_IP, req.ip),
          },
        }),
        LoggerModule.forRoot({ pinoHttp: loggerOptions(config) }),
        DatabaseModule.forRoot({ url: databaseUrl, entities: ENTITIES, poolMax: config.databasePoolMax }),
        CryptoModule,
        AuditModule,
        MailModule,
        RateLimitModule,
        DownloadsModule,
        JobsModule,
        AppGraphqlModule.forRoot(config),
        LiveModule.forRoot({ postgresUrl: embedded ? undefined : databaseUrl }),
        TerminusModule,
        AuthModule,
        AuditApiModule,
        TenantsModule,
        ChannelsModule,
        ConversationsModule,
        AudienceModule,
        PartnersModule,
        ReferralsModule,
        BroadcastsModule,
        CaseRecordsModule,
        SecondmentsModule,
        ReportingModule,
        ProgrammesModule,
        FoodDeliveryModule,
        DonationsModule,
        RoundOperationsModule,
        DemoModule,
        ...extraImports,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: RequestTransactionInterceptor },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
