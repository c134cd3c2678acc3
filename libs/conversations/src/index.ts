export * from './conversation.entities';
export * from './triage.entities';
export * from './message-media.entity';
export * from './inbox-settings.entities';
export * from './event-processor';
export * from './media.service';
export * from './conversations.module';
