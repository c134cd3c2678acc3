import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, for documents whose shape belongs to another standard (HSDS 3.0): their schema,
 * not GraphQL's type system, says what is valid, and the import checks it.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (HSDS 3.0 documents)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
