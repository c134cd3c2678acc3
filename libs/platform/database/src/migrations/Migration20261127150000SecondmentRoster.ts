import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE, SCOPE_SETTING } from '../roles';

/**
 * The rest of the secondment roster.
 *
 * - Platform downloads: an NPO admin's roster export spans municipalities, so it belongs to no
 *   tenant (`tenant_id` null). Only the platform role, in a platform-scope transaction, reaches
 *   such rows; tenant transactions keep seeing only their own tenant's downloads.
 * - An assignment may name one of the city's LINE channels as its programme; the platform path
 *   reads the channel's name for it.
 */
export class Migration20261127150000SecondmentRoster extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "download" alter column "tenant_id" drop not null;`);
    const platformDownload = `current_setting('${SCOPE_SETTING}', true) = 'platform' and "tenant_id" is null`;
    this.addSql(
      `create policy "platform_downloads" on "download" to ${PLATFORM_ROLE} using (${platformDownload}) with check (${platformDownload});`,
    );
    this.addSql(`grant select, insert, delete on "download" to ${PLATFORM_ROLE};`);

    this.addSql(`alter table "secondment_assignment" add column "line_channel_id" uuid null;`);
    this.addSql(`grant select ("name") on "line_channel" to ${PLATFORM_ROLE};`);
  }
}
