export * from './live-event';
export * from './live-bus';
export * from './live-events';
export * from './live-hub';
export * from './live-group';
export * from './live-connection';
export * from './live-subscription.server';
export * from './live.module';
