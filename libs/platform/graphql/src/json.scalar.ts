import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, for documents whose shape something other than GraphQL's type system defines:
 * another standard (HSDS 3.0), or a tenant's assessment template version. The service checks it.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (HSDS 3.0 documents, assessment values checked against their template version)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
