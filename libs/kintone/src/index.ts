export * from './csv';
export * from './decode';
export * from './errors';
export * from './reader';
export * from './mapping';
export * from './generator';
