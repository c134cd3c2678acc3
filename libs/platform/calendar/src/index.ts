export * from './business-days';
export * from './fiscal-year';
