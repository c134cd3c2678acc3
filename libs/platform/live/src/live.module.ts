import { DynamicModule, Global, Module } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuthModule } from '@tsunagu/platform/auth';
import { InProcessLiveBus, LiveBus, PostgresLiveBus } from './live-bus';
import { LiveEvents } from './live-events';
import { LiveHub } from './live-hub';
import { LiveSubscriptionServer } from './live-subscription.server';

export interface LiveOptions {
  /** PostgreSQL: LISTEN/NOTIFY through this URL (the runtime login role). Embedded: absent, an in-process bus. */
  postgresUrl: string | undefined;
}

/**
 * Live updates: `LiveEvents` for domains to say what changed (after commit), the bus that carries
 * it (LISTEN/NOTIFY on PostgreSQL, in memory on the embedded database), the hub that hands it to
 * subscriptions of the tenant, and the GraphQL subscription server on `/graphql`.
 */
@Global()
@Module({})
export class LiveModule {
  static forRoot(options: LiveOptions): DynamicModule {
    return {
      module: LiveModule,
      imports: [AuthModule],
      providers: [
        {
          provide: LiveBus,
          inject: [MikroORM],
          useFactory: (orm: MikroORM) =>
            options.postgresUrl ? new PostgresLiveBus(options.postgresUrl, orm) : new InProcessLiveBus(),
        },
        LiveEvents,
        LiveHub,
        LiveSubscriptionServer,
      ],
      exports: [LiveEvents, LiveHub, LiveBus, LiveSubscriptionServer],
    };
  }
}
