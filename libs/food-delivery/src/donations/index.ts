export * from './allergens';
export * from './donation.entities';
export * from './donations.module';
export * from './donations.service';
