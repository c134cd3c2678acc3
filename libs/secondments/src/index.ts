export * from './secondment.entities';
export * from './secondments.module';
export * from './secondments.service';
