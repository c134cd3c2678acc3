export * from './crypto';
export * from './crypto.module';
