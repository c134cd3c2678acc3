import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { getNullableType, type GraphQLSchema } from 'graphql';
import type { AppConfig } from '@tsunagu/platform/config';
import { createErrorFormatter } from './format-error';
import { RequestTransactionPlugin } from './request-transaction.plugin';
import { queryCostPlugin, responseSizePlugin } from './query-cost';
import { InputCheckPlugin } from './input-check.plugin';

/** Limits every operation must stay within; documented in docs/architecture.md. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  // `operationCost` on the executed arguments (variables included): the largest inbox page (100) must
  // pass, several of them in one request must not.
  maxCost: 12000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/**
 * The graphql-armor protection (validation rules and plugins) for the limits above, but the cost: a
 * validation rule cannot see variables, so `queryCostPlugin` computes it once the operation is known.
 */
export function graphqlProtection(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { enabled: false },
    // The token limit is the parser's own (`parseOptions`): graphql-armor's check throws outside
    // the parser, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Every field of `Query` nullable, whatever its resolver declares. A field refused to the role (or failing)
 * then answers null with its error beside its siblings' data; non-null, GraphQL's null propagation would
 * null the whole `data` and take the readable fields with it. Done here, once, rather than with
 * `nullable: true` on each `@Query`: a new query cannot forget it, and its resolver keeps declaring the
 * type it returns. Mutations stay non-null (a mutation is all-or-nothing), subscriptions as declared, and
 * nested fields keep their nullability.
 */
export function nullableQueryFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.QUERY_ROOT_FIELD]: (field) => ({ ...field, type: getNullableType(field.type) }),
  });
}

function apolloLogger(logger: Logger): NonNullable<ApolloDriverConfig['logger']> {
  return {
    debug: (message: unknown) => logger.debug(message),
    info: (message: unknown) => logger.log(message),
    warn: (message: unknown) => logger.warn(message),
    error: (message: unknown) => logger.error(message),
  };
}

/**
 * Code-first GraphQL at POST /graphql: depth, cost, alias, token and directive limits, a cap on the
 * response's size, no batching, CSRF prevention, introspection and field suggestions only outside
 * production.
 */
@Module({})
export class AppGraphqlModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.nodeEnv === 'production';
    const protection = graphqlProtection(production);
    return {
      module: AppGraphqlModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          transformSchema: nullableQueryFields,
          playground: false,
          introspection: !production,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          // Over the limit, parsing stops: a syntax error (400 GRAPHQL_PARSE_FAILED), however long the document.
          parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
          includeStacktraceInErrorResponses: config.nodeEnv === 'development',
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: createErrorFormatter(new Logger('GraphQL'), config.nodeEnv === 'development'),
          // Apollo's own messages go through the application's logger (and its redaction), not the console.
          logger: apolloLogger(new Logger('Apollo')),
          // Before the request-transaction plugin (a `@Plugin()`, so listed after these): a response
          // replaced for its size carries an error, and the transaction then rolls back.
          plugins: [
            // Nothing here sets cache hints; the plugin would wrap every field's resolver to collect them.
            ApolloServerPluginCacheControlDisabled(),
            ...protection.plugins,
            queryCostPlugin(GRAPHQL_LIMITS.maxCost),
            responseSizePlugin(config.graphqlMaxResponseBytes),
          ],
          validationRules: [...protection.validationRules],
        }),
      ],
      providers: [RequestTransactionPlugin, InputCheckPlugin],
    };
  }
}
