import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000Foundation } from './Migration20261127000000Foundation';
import { Migration20261127010000IdentityAudit } from './Migration20261127010000IdentityAudit';
import { Migration20261127020000LineChannels } from './Migration20261127020000LineChannels';

/** Every migration, in order. Listed explicitly so that the bundled app carries them. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127000000Foundation', class: Migration20261127000000Foundation },
  { name: 'Migration20261127010000IdentityAudit', class: Migration20261127010000IdentityAudit },
  { name: 'Migration20261127020000LineChannels', class: Migration20261127020000LineChannels },
];
