export * from './line-sandbox';
export * from './webhook-events';
export * from './simulator';
