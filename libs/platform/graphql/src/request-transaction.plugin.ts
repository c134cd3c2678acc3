import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { isDatabaseUnavailable, PlatformDb, TenantDb } from '@tsunagu/platform/database';
import { loggableError } from '@tsunagu/platform/errors';
import { serviceUnavailable } from './format-error';

/**
 * Ends each request's transaction (the tenant one, or the platform one of a mutation) before the
 * response leaves, once every resolver of the request has settled: an error that nulls the whole answer
 * (a failing non-null field under a mutation's non-null root field; query root fields are nullable, see
 * `nullableQueryFields`) ends the execution at once and must not end the transaction under the fields
 * still running, which would find no transaction (MissingTenantContextError).
 *
 * A mutation commits when the response has no errors and rolls back otherwise, so a document with a
 * failed operation writes nothing (and sends no mail). A query commits whenever it answered data,
 * even with some fields refused: what it wrote is the audit of what it showed, which must stand.
 * A commit that fails turns the response into an error.
 */
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger(RequestTransactionPlugin.name);

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const { tenantDb, platformDb, logger } = this;
    // Resolvers still running, and who waits for the last of them to settle.
    let running = 0;
    let idle: (() => void) | undefined;
    return {
      async executionDidStart() {
        return {
          willResolveField() {
            running += 1;
            return () => {
              running -= 1;
              if (running === 0) idle?.();
            };
          },
        };
      },
      async willSendResponse({ response, errors, operation }) {
        if (running > 0) await new Promise<void>((resolve) => (idle = resolve));
        const body = response.body;
        const answered = body.kind === 'single' && body.singleResult.data != null;
        const failed =
          operation?.operation === 'query'
            ? !answered
            : (errors?.length ?? 0) > 0 || (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
        try {
          // A request holds at most one of them (the access guard refuses to mix the paths).
          await tenantDb.finishRequestTransaction(!failed);
          await platformDb.finishRequestTransaction(!failed);
        } catch (error) {
          // Nothing was written: the client may try again (and should, when the database was away).
          const unavailable = isDatabaseUnavailable(error);
          logger[unavailable ? 'warn' : 'error'](
            { err: loggableError(error) },
            'the request transaction could not be committed',
          );
          if (body.kind === 'single') {
            body.singleResult = {
              errors: [
                unavailable
                  ? serviceUnavailable()
                  : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            };
          }
        }
      },
    };
  }
}
