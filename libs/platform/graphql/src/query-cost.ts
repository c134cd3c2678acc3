import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a field counts for, per item it may return; an item of a page (a row the page's query
 * fetches) counts `pageItem` more, so asking the same page many times under aliases adds up even
 * when each asks for little.
 */
export const FIELD_COST = { scalar: 1, object: 2, pageItem: 10 } as const;
/**
 * How many items a list of objects without a page size is counted as (small lists: channels, a
 * conversation's categories, an organisation's services, a report's rows).
 */
export const UNPAGED_LIST_ITEMS = 5;

/**
 * The cost of an operation as it will execute, variables and argument defaults included. A field
 * counts `FIELD_COST` (1 for a scalar, 2 for an object, 10 more for an item of a page) plus the cost
 * of its selection, once per item it may return: a field with a page size (`first`, its default when
 * left out) is one connection whose lists (`edges`) hold `first` items; another list of objects
 * counts `UNPAGED_LIST_ITEMS` items. So
 * each page costs as many times as its size, and aliases add up. Introspection is free; `@skip` and
 * `@include` are ignored (the cost is an upper bound). Returns `undefined` when the variables cannot
 * be coerced: execution then refuses the request itself.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment costs the same wherever it is spread (for a page size): computed once, so reuse stays linear.
  const fragmentCosts = new Map<string, number>();

  /** `pageSize`: the items of the lists directly in this selection (a connection's `edges`), if paged. */
  const selectionSetCost = (
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    pageSize: number | undefined,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) {
          cost += name === '__typename' ? FIELD_COST.scalar : 0;
          continue;
        }
        const field = fieldOf(type, name);
        if (!field) continue; // validation has refused unknown fields already
        const named = getNamedType(field.type);
        if (!selection.selectionSet || !isCompositeType(named)) {
          cost += FIELD_COST.scalar;
          continue;
        }
        const paged = field.args.some((arg) => arg.name === 'first')
          ? pageSizeOf(field, selection, variables)
          : undefined;
        const list = isListType(getNullableType(field.type));
        const items = list ? (pageSize ?? UNPAGED_LIST_ITEMS) : 1;
        const each = FIELD_COST.object + (list && pageSize !== undefined ? FIELD_COST.pageItem : 0);
        cost += items * (each + selectionSetCost(named, selection.selectionSet, paged));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? compositeType(schema, selection.typeCondition.name.value) : type;
        if (condition) cost += selectionSetCost(condition, selection.selectionSet, pageSize);
      } else {
        const key = `${selection.name.value}:${pageSize ?? ''}`;
        let fragmentCost = fragmentCosts.get(key);
        if (fragmentCost === undefined) {
          const fragment = fragments.get(selection.name.value);
          const condition = fragment ? compositeType(schema, fragment.typeCondition.name.value) : undefined;
          fragmentCost = fragment && condition ? selectionSetCost(condition, fragment.selectionSet, pageSize) : 0;
          fragmentCosts.set(key, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionSetCost(root, operation.selectionSet, undefined) : 0;
}

function compositeType(schema: GraphQLSchema, name: string): GraphQLCompositeType | undefined {
  const type = schema.getType(name);
  return type && isCompositeType(type) ? type : undefined;
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  return undefined; // a union has only __typename
}

function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
): number {
  const first = getArgumentValues(field, node, variables)['first'];
  return typeof first === 'number' && first > 0 ? first : 1;
}

/**
 * Refuses, before anything executes, an operation whose cost (`operationCost`, on the executed
 * arguments) exceeds `maxCost`: `BAD_USER_INPUT` (`QUERY_TOO_COSTLY`), HTTP 400.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost !== undefined && cost > maxCost) {
            throw new GraphQLError(
              `The query is too costly: ${cost} exceeds the limit of ${maxCost} (each page counts as many times as ` +
                `its size, variables included): ask for fewer or smaller pages`,
              { extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * Caps the serialized response: a larger one is replaced, before it leaves, by a `BAD_USER_INPUT`
 * (`RESPONSE_TOO_LARGE`) error with HTTP 400. The replacement carries an error, so the request
 * transaction (whose plugin comes after this one) rolls back.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        // Synchronous up to the replacement: the request-transaction plugin reads the errors after it.
        willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single') return Promise.resolve();
          const bytes = Buffer.byteLength(JSON.stringify(body.singleResult), 'utf8');
          if (bytes > maxBytes) {
            body.singleResult = {
              errors: [
                {
                  message: `The response would be ${bytes} bytes, over the limit of ${maxBytes}: ask for fewer or smaller pages`,
                  extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE' },
                },
              ],
            };
            response.http.status = 400;
          }
          return Promise.resolve();
        },
      };
    },
  };
}
