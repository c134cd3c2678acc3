export * from './line-channel.entity';
export * from './line-webhook-event.entity';
export * from './webhook.service';
export * from './stored-events';
export * from './line-messaging.client';
export * from './channels.service';
export * from './channels.module';
export * from './webhook-events';
