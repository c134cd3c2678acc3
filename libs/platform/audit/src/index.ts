export * from './audit-event.entity';
export * from './audit-trail';
export * from './audit.module';
