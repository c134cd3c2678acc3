import { randomUUID } from 'node:crypto';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { DatabaseModule, RequestTransactionInterceptor } from '@tsunagu/platform/database';
import { AuditApiModule, AuthModule } from '@tsunagu/platform/auth';
import { AppGraphqlModule, createValidationPipe, DomainErrorFilter } from '@tsunagu/platform/graphql';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsModule } from '@tsunagu/channels';
import { ConversationsModule } from '@tsunagu/conversations';
import { PartnersModule } from '@tsunagu/partners';
import { ReferralsModule } from '@tsunagu/referrals';
import { ReportingModule } from '@tsunagu/reporting';
import { SecondmentsModule } from '@tsunagu/secondments';
import { DemoModule } from '@tsunagu/demo';
import { AuditModule, REQUEST_IP } from '@tsunagu/platform/audit';
import { CryptoModule } from '@tsunagu/platform/crypto';
import { DownloadsModule } from '@tsunagu/platform/downloads';
import { MailModule } from '@tsunagu/platform/mail';
import { JobsModule } from '@tsunagu/platform/jobs';
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

/** The API: composed of the platform and domain libraries, configured from `config`. */
@Module({})
export class AppModule {
  /** `extraImports`: modules tests add (e.g. a controller exercising the request transaction). */
  static forRoot(config: AppConfig, databaseUrl: string, extraImports: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            idGenerator: (req: Request) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
            },
            setup: (cls, req: Request) => cls.set(REQUEST_IP, req.ip),
          },
        }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Only what operations need: never headers (tokens), bodies (messages) or query strings.
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            redact: { paths: ['req.headers', 'res.headers', '*.password', '*.accessToken', '*.token'], remove: true },
          },
        }),
        DatabaseModule.forRoot({ url: databaseUrl, entities: ENTITIES, poolMax: config.databasePoolMax }),
        CryptoModule,
        AuditModule,
        MailModule,
        DownloadsModule,
        JobsModule,
        AppGraphqlModule.forRoot(config),
        TerminusModule,
        AuthModule,
        AuditApiModule,
        TenantsModule,
        ChannelsModule,
        ConversationsModule,
        PartnersModule,
        ReferralsModule,
        SecondmentsModule,
        ReportingModule,
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
