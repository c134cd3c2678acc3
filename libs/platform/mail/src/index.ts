export * from './dev-outbox.entity';
export * from './mail.service';
export * from './mail.module';
