export * from './line-sandbox';
