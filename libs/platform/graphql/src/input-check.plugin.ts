import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import type { FieldError } from '@tsunagu/platform/errors';
import { isUuid } from './keyset';
import { findUnsafeText } from './safe-input';

const MAX_FIELD_ERRORS = 10;

/**
 * Checks every argument of an operation before it runs, whether written in the document or passed
 * as a variable: every `ID` is a UUID (every id of the schema is one, and a malformed one would fail
 * its cast in SQL), and no string holds unsafe text (a NUL or an unpaired surrogate written as an
 * escape in the document; raw bodies are checked by `rejectUnsafeInput`). A failure answers 400
 * `BAD_USER_INPUT` with the field errors, before the access guard and any resolver: nothing runs.
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): FieldError[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  // Variables of the wrong type are refused by execution itself (BAD_USER_INPUT).
  if (coerced.errors) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const found: FieldError[] = [];
  const visited = new Set<string>();

  const walk = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (found.length >= MAX_FIELD_ERRORS) return;
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, selection, coerced.coerced);
        } catch {
          continue; // invalid arguments: refused by validation or execution
        }
        for (const arg of field.args) {
          // A mutation's one `input` names its fields as the validation pipe does: `conversationId`.
          checkValue(arg.type, args[arg.name], arg.name === 'input' ? '' : arg.name, found);
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(type, selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) walk(type, selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visited.has(name)) continue;
        visited.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) walk(type, fragment.selectionSet);
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (root) walk(root, operation.selectionSet);
  return found.slice(0, MAX_FIELD_ERRORS);
}

function checkValue(type: GraphQLInputType, value: unknown, path: string, found: FieldError[]): void {
  if (value === null || value === undefined || found.length >= MAX_FIELD_ERRORS) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => checkValue(nullable.ofType, item, join(path, String(index)), found));
  } else if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(field.type, item, join(path, name), found);
    }
  } else if (isScalarType(nullable)) {
    if (nullable.name === 'ID' && (typeof value !== 'string' || !isUuid(value))) {
      found.push({ field: path, messages: ['must be an id (a UUID)'] });
    } else {
      findUnsafeText(value, path, found);
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The Apollo side of `checkOperationInput`. */
@Plugin()
export class InputCheckPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fieldErrors = checkOperationInput(schema, document, operation, request.variables);
        if (fieldErrors.length === 0) return;
        throw new GraphQLError('The input is not valid', {
          extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fieldErrors, http: { status: 400 } },
        });
      },
    };
  }
}
