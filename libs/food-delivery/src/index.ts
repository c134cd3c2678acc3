export * from './food-delivery.entities';
export * from './food-delivery.module';
export * from './donations';
export * from './food-delivery.service';
export * from './applications.service';
export * from './placement';
export * from './address';
export * from './household-states';
export { FOOD_NOTICES } from './notices';
