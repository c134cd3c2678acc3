export * from './conversation.entities';
export * from './inbox-settings.entities';
export * from './event-processor';
export * from './conversations.module';
