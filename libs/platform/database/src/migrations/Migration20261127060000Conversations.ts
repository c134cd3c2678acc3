import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/** Registrants, conversations and messages: the inbox, under the tenant policy. */
export class Migration20261127060000Conversations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "registrant" ("id" uuid not null, "tenant_id" uuid not null, "channel_id" uuid not null, "line_user_id" varchar(64) not null, "display_name" varchar(200) null, "status" text check ("status" in ('active', 'blocked')) not null default 'active', "first_contact_at" timestamptz not null, "last_contact_at" timestamptz not null, "labels" text[] not null default '{}', "created_at" timestamptz not null, constraint "registrant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "registrant_tenant_id_index" on "registrant" ("tenant_id");`);
    this.addSql(
      `alter table "registrant" add constraint "registrant_channel_id_line_user_id_unique" unique ("channel_id", "line_user_id");`,
    );
    this.addSql(
      `create table "conversation" ("id" uuid not null, "tenant_id" uuid not null, "registrant_id" uuid not null, "status" text check ("status" in ('open', 'pending', 'resolved')) not null default 'open', "priority" text check ("priority" in ('normal', 'high', 'urgent')) not null default 'normal', "assignee_id" uuid null, "category_ids" uuid[] not null default '{}', "unread_count" int not null default 0, "last_message_at" timestamptz not null, "awaiting_since" timestamptz null, "first_response_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "conversation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_registrant_id_unique" unique ("registrant_id");`,
    );
    this.addSql(
      `create index "conversation_tenant_id_last_message_at_index" on "conversation" ("tenant_id", "last_message_at");`,
    );
    this.addSql(
      `create table "message" ("id" uuid not null, "tenant_id" uuid not null, "conversation_id" uuid not null, "direction" text check ("direction" in ('in', 'out')) not null, "type" varchar(16) not null, "text" text null, "line_message_id" varchar(32) null, "sent_by_user_id" uuid null, "sent_at" timestamptz not null, "unsent_at" timestamptz null, "created_at" timestamptz not null, constraint "message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "message_conversation_id_sent_at_index" on "message" ("conversation_id", "sent_at");`);
    this.addSql(
      `alter table "message" add constraint "message_tenant_id_line_message_id_unique" unique ("tenant_id", "line_message_id");`,
    );
    this.addSql(
      `alter table "registrant" add constraint "registrant_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "registrant" add constraint "registrant_channel_id_foreign" foreign key ("channel_id") references "line_channel" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on update cascade on delete restrict;`,
    );
    for (const table of ['registrant', 'conversation', 'message']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      // Consultation records are kept: the application never deletes them.
      this.addSql(`grant select, insert, update on "${table}" to ${APP};`);
    }
  }
}
