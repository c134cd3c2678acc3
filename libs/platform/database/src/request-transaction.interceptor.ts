import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { PlatformDb } from './platform-db';
import { TenantDb } from './tenant-db';

/**
 * The HTTP counterpart of the GraphQL request-transaction plugin: a controller's request transaction
 * (opened by the access guard) is committed when the handler succeeds and rolled back when it throws,
 * before the response is written. GraphQL operations are left to the plugin, which sees the whole
 * operation rather than one resolver.
 */
@Injectable()
export class RequestTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return from(this.run(next));
  }

  private async run(next: CallHandler): Promise<unknown> {
    let result: unknown;
    try {
      result = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      // The handler's error is the answer, even when the rollback fails too (a lost connection).
      await this.tenantDb.finishRequestTransaction(false).catch(() => undefined);
      await this.platformDb.finishRequestTransaction(false).catch(() => undefined);
      throw error;
    }
    await this.tenantDb.finishRequestTransaction(true);
    await this.platformDb.finishRequestTransaction(true);
    return result;
  }
}
