export * from './fiscal-year';
export * from './secondment.entities';
export * from './secondments.module';
export * from './secondments.service';
