export * from './secondment.entities';
export * from './secondments.module';
export * from './secondments.service';
export * from './secondment-calendar.service';
export * from './secondment-status';
