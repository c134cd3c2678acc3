import { DynamicModule, Global, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ormOptions, type OrmConnection } from './orm-options';
import { PlatformDb } from './platform-db';
import { TenantDb } from './tenant-db';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(connection: OrmConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRoot({
          ...ormOptions(connection),
          // Entity managers are forked per transaction by TenantDb and PlatformDb, never per request.
          registerRequestContext: false,
        }),
      ],
      providers: [TenantDb, PlatformDb],
      exports: [TenantDb, PlatformDb],
    };
  }
}
