export * from './domain-error';
export * from './loggable';
