import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The access revision (one row): moved by database triggers whenever anything a request's access is
 * made of changes, read by every request to know whether its cached access still holds.
 */
@Entity({ tableName: 'access_revision' })
export class AccessRevision {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  value!: string;
}
