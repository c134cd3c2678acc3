export * from './graphql.module';
export * from './format-error';
export * from './validation';
export * from './http-error.filter';
export * from './connection';
export * from './keyset';
export * from './query-cost';
