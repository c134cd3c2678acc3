import { DynamicModule, Global, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions, type OrmConnection } from './orm-options';
import { PlatformDb } from './platform-db';
import { TenantDb } from './tenant-db';

/** Closes the pool once everything else (job handlers included) has stopped. */
@Injectable()
class OrmShutdown implements OnApplicationShutdown {
  constructor(private readonly orm: MikroORM) {}

  async onApplicationShutdown(): Promise<void> {
    await this.orm.close();
  }
}

/**
 * The ORM and the two ways to reach data. Entity managers are forked per transaction by TenantDb
 * and PlatformDb, never per request, so no request-context integration is needed.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(connection: OrmConnection): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: MikroORM, useFactory: () => MikroORM.init(ormOptions(connection)) },
        OrmShutdown,
        TenantDb,
        PlatformDb,
      ],
      exports: [MikroORM, TenantDb, PlatformDb],
    };
  }
}
