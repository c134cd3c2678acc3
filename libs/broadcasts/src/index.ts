export * from './lifecycle';
export * from './broadcast.entities';
export * from './broadcast-schedule';
export * from './broadcasts.module';
export * from './broadcasts.service';
export * from './broadcast-delivery';
export * from './broadcast-statistics';
export * from './line-messages';
