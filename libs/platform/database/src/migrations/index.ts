import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000Foundation } from './Migration20261127000000Foundation';
import { Migration20261127010000IdentityAudit } from './Migration20261127010000IdentityAudit';
import { Migration20261127020000LineChannels } from './Migration20261127020000LineChannels';
import { Migration20261127030000JobQueue } from './Migration20261127030000JobQueue';
import { Migration20261127040000AuditHardening } from './Migration20261127040000AuditHardening';
import { Migration20261127050000LineWebhookEvents } from './Migration20261127050000LineWebhookEvents';
import { Migration20261127060000Conversations } from './Migration20261127060000Conversations';
import { Migration20261127070000Outbound } from './Migration20261127070000Outbound';
import { Migration20261127080000InboxCategories } from './Migration20261127080000InboxCategories';
import { Migration20261127090000Triage } from './Migration20261127090000Triage';
import { Migration20261127100000MessageMedia } from './Migration20261127100000MessageMedia';
import { Migration20261127110000LineWebhookIngest } from './Migration20261127110000LineWebhookIngest';
import { Migration20261127120000PartnerDirectory } from './Migration20261127120000PartnerDirectory';
import { Migration20261127130000Referrals } from './Migration20261127130000Referrals';
import { Migration20261127140000Secondments } from './Migration20261127140000Secondments';
import { Migration20261127150000SecondmentRoster } from './Migration20261127150000SecondmentRoster';
import { Migration20261127160000Reporting } from './Migration20261127160000Reporting';
import { Migration20261204010000LineEventExpiry } from './Migration20261204010000LineEventExpiry';
import { Migration20261204020000WebhookEventsSetAside } from './Migration20261204020000WebhookEventsSetAside';
import { Migration20261204040000RoleGrants } from './Migration20261204040000RoleGrants';
import { Migration20261205010000InboxSearchIndex } from './Migration20261205010000InboxSearchIndex';

/** Every migration, in order. Listed explicitly so that the bundled app carries them. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127000000Foundation', class: Migration20261127000000Foundation },
  { name: 'Migration20261127010000IdentityAudit', class: Migration20261127010000IdentityAudit },
  { name: 'Migration20261127020000LineChannels', class: Migration20261127020000LineChannels },
  { name: 'Migration20261127030000JobQueue', class: Migration20261127030000JobQueue },
  { name: 'Migration20261127040000AuditHardening', class: Migration20261127040000AuditHardening },
  { name: 'Migration20261127050000LineWebhookEvents', class: Migration20261127050000LineWebhookEvents },
  { name: 'Migration20261127060000Conversations', class: Migration20261127060000Conversations },
  { name: 'Migration20261127070000Outbound', class: Migration20261127070000Outbound },
  { name: 'Migration20261127080000InboxCategories', class: Migration20261127080000InboxCategories },
  { name: 'Migration20261127090000Triage', class: Migration20261127090000Triage },
  { name: 'Migration20261127100000MessageMedia', class: Migration20261127100000MessageMedia },
  { name: 'Migration20261127110000LineWebhookIngest', class: Migration20261127110000LineWebhookIngest },
  { name: 'Migration20261127120000PartnerDirectory', class: Migration20261127120000PartnerDirectory },
  { name: 'Migration20261127130000Referrals', class: Migration20261127130000Referrals },
  { name: 'Migration20261127140000Secondments', class: Migration20261127140000Secondments },
  { name: 'Migration20261127150000SecondmentRoster', class: Migration20261127150000SecondmentRoster },
  { name: 'Migration20261127160000Reporting', class: Migration20261127160000Reporting },
  { name: 'Migration20261204010000LineEventExpiry', class: Migration20261204010000LineEventExpiry },
  { name: 'Migration20261204020000WebhookEventsSetAside', class: Migration20261204020000WebhookEventsSetAside },
  { name: 'Migration20261204040000RoleGrants', class: Migration20261204040000RoleGrants },
  { name: 'Migration20261205010000InboxSearchIndex', class: Migration20261205010000InboxSearchIndex },
];
