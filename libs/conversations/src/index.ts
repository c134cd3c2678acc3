export * from './conversation.entities';
export * from './triage.entities';
export * from './event-processor';
export * from './conversations.module';
