export * from './food-delivery.entities';
export * from './food-delivery.module';
export * from './round-operations.module';
export * from './round-operations.service';
export { AgeBand } from './packing';
