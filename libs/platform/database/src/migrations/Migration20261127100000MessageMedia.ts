import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Media of families' messages: the sealed content of image, video, audio and file
 * messages, fetched from LINE by the `line.media` queue, under the tenant policy.
 */
export class Migration20261127100000MessageMedia extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "message_media" ("id" uuid not null, "tenant_id" uuid not null, "message_id" uuid not null, "status" text check ("status" in ('pending', 'ready', 'too_large', 'expired', 'failed', 'erased')) not null default 'pending', "content_type" varchar(100) null, "size" int null, "file_name" varchar(255) null, "content" bytea null, "attempts" int not null default 0, "fetched_at" timestamptz null, "created_at" timestamptz not null, constraint "message_media_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "message_media_tenant_id_index" on "message_media" ("tenant_id");`);
    this.addSql(`alter table "message_media" add constraint "message_media_message_id_unique" unique ("message_id");`);
    this.addSql(
      `alter table "message_media" add constraint "message_media_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "message_media" add constraint "message_media_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('message_media')) this.addSql(sql);
    // Rows are kept (an unsent message's media is erased by nulling its content, not deleted).
    this.addSql(`grant select, insert, update on "message_media" to ${APP};`);
    // Fetched once on arrival; 429, 5xx and timeouts are retried with backoff, as `line.send` is.
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('line.media', '{"policy":"standard","retryLimit":8,"retryDelay":2,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
