export * from './food-delivery.entities';
export * from './food-delivery.module';
export * from './donations';
