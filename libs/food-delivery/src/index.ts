export * from './food-delivery.entities';
export * from './household-history.entity';
export * from './food-delivery.module';
export * from './donations';
