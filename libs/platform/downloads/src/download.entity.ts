import { randomUUID } from 'node:crypto';
import { BlobType, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

/** A generated file (CSV, XLSX, PDF) waiting to be fetched once by the user who asked for it. */
@Entity({ tableName: 'download' })
export class Download {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null for a platform download (an NPO admin's export that spans municipalities). */
  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true, nullable: true })
  tenant!: Ref<Tenant> | null;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 200 })
  filename!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  /** The file, sealed with the keyring for this download's id (`DownloadsService`). */
  @Property({ type: BlobType, lazy: true })
  content!: Buffer;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
