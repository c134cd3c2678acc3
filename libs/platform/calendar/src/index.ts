export * from './business-days';
export * from './fiscal-year';
export * from './zoned-time';
