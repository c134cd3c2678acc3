export * from './dev-outbox.entity';
