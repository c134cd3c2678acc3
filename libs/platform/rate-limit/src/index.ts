export * from './rate-limit-bucket.entity';
export * from './rate-limiter';
export * from './rate-limit.module';
