import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { isDatabaseUnavailable, PlatformDb, TenantDb } from '@tsunagu/platform/database';
import { loggableError } from '@tsunagu/platform/errors';
import { serviceUnavailable } from './format-error';

/**
 * Ends each request's transaction (the tenant one, or the platform one of a mutation) before the
 * response leaves: committed when the response has no errors, rolled back otherwise, so a document
 * with a failed operation writes nothing (and sends no mail). A commit that fails turns the
 * response into an error.
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
    return {
      async willSendResponse({ response, errors }) {
        const body = response.body;
        const failed =
          (errors?.length ?? 0) > 0 || (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
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
