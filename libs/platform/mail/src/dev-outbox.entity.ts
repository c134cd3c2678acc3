import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where mails go when no SMTP server is configured (the embedded demo only: production requires
 * SMTP_URL). Readable through `devOutbox` by platform admins in demo mode, and nowhere else.
 */
@Entity({ tableName: 'dev_outbox' })
export class DevOutboxMail {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
